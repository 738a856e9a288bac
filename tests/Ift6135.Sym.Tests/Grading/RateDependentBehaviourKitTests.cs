using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading;
using Ift6135.Sym.Grading.Kit;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// A variant whose behaviour depends on the learning rate, V = d g - d^2/2 + d - g at a symbolic rate. By hand:
/// Vd = g - d + 1, Vg = d - 1, so the point is (1, 0) and A = [[1 - a, a], [-a, 1]]; |lambda|^2 = det A = 1 - a + a^2,
/// below 1 exactly for 0 &lt; a &lt; 1 (checked with SymPy). The key says "converges", true only for those rates: the
/// template and the rubric now say so, where they asked for one word and a student could not know for which rate.
/// </summary>
public sealed class RateDependentBehaviourKitTests
{
    private static readonly AssignmentParameters Variant =
        AssignmentParameters.Default with { Q6 = new Q6Parameters("d*g - d^2/2 + d - g", "alpha") };

    /// <summary>The key of this variant, built once (also the other variant of <see cref="KeyFingerprintTests"/>).</summary>
    internal static readonly Lazy<AnswerKey> Key = new(() => AnswerKey.Build(Variant));

    [Fact]
    public void The_behaviour_is_asked_for_the_rates_where_the_solution_decides_it()
    {
        var q63 = Key.Value.Parts.Single(p => p.Id == "q6.3");
        Assert.Contains("the behaviour for 0 < alpha < 1", q63.Expectation, StringComparison.Ordinal);
        Assert.Contains("for 0 < alpha < 1", q63.Fields.Single(f => f.Name == "behaviour").Expectation, StringComparison.Ordinal);
        Assert.Contains(@"0 \textless{} alpha \textless{} 1", KitWriter.RenderTemplate(Key.Value, "variant"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_statement_s_behaviour_for_every_rate_is_asked_without_a_condition()
    {
        // V = d g: |lambda|^2 = 1 + a^2 > 1 for every a > 0.
        var q63 = AnswerKey.Build(AssignmentParameters.Default).Parts.Single(p => p.Id == "q6.3");
        Assert.EndsWith("'behaviour:' then one word: diverges, converges or cycles.", q63.Expectation, StringComparison.Ordinal);
    }
}
