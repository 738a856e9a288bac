using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading.Kit;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// The rubric's own rule: points are given to the half point, and a sub-question's fields and key steps add up
/// to the statement's points for it. q6.3's split is checked against the values chosen by hand (Q6Key explains why).
/// </summary>
public sealed class RubricPointsTests
{
    public static TheoryData<string> Variants() => ["{}", """{ "q6": { "value": "2*d*g" }, "q5": { "sigmoidComponents": 3 } }"""];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_item_is_on_the_half_point_grid_and_the_items_add_up_to_the_statements_points(string variant)
    {
        var key = AnswerKey.Build(ParametersLoader.Parse(variant, "variant.json"));
        Assert.Equal(100, key.Parts.Sum(p => p.Points));
        foreach (var part in key.Parts)
        {
            var items = part.Fields.Select(f => (What: f.Name, Points: part.Points * f.Weight))
                .Concat(part.KeySteps.Select(s => (What: s.Description, s.Points))).ToArray();
            Assert.All(items, i => Assert.True(i.Points * 2 == decimal.Truncate(i.Points * 2) && i.Points > 0, $"{part.Id} {i.What}: {i.Points}"));
            Assert.Equal(part.Points, items.Sum(i => i.Points));
        }
    }

    [Fact]
    public void Q6_3_gives_a_quarter_to_each_of_eigenvalues_behaviour_and_its_two_key_steps()
    {
        // By hand: 6 points (the statement's 4-3-6), half to "analyse the eigenvalues", half to "predict".
        var part = AnswerKey.Build(AssignmentParameters.Default).Part("q6.3")!;
        Assert.Equal(6, part.Points);
        Assert.Equal(1.5m, part.Points * part.Field("eigenvalues")!.Weight);
        Assert.Equal(1.5m, part.Points * part.Field("behaviour")!.Weight);
        Assert.Equal([1.5m, 1.5m], part.KeySteps.Select(s => s.Points));
    }
}
