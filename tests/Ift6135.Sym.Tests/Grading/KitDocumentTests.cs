using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading;
using Ift6135.Sym.Grading.Documents;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;
using Ift6135.Sym.Render;
using Ift6135.Sym.Tests.Render;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>The rubric and the answer template: content computed from the key, LaTeX that compiles.</summary>
public sealed class KitDocumentTests
{
    private static readonly Lazy<AnswerKey> Key = new(() => AnswerKey.Build(AssignmentParameters.Default));

    [Fact]
    public void The_key_has_every_sub_question_with_the_statement_points()
    {
        Assert.Equal(DefaultPoints.All.Select(p => p.Part), Key.Value.Parts.Select(p => p.Id));
        Assert.Equal(100, Key.Value.TotalPoints);
        // Hand-derived answers (see Submissions): the A-then-A field and the update matrix.
        Assert.Equal("32 42 43 44 52 53 54 55", Key.Value.Part("q1.1")!.Field("field")!.Expected.Canonical);
        Assert.Equal("12 13 14 15 24 25", Key.Value.Part("q1.1")!.Field("field")!.Mistakes.Single(m => m.Name == "flipped kernel").Wrong.Canonical);
    }

    [Fact]
    public void The_template_has_one_answer_environment_per_sub_question_and_grades_to_zero_unfilled()
    {
        var tex = KitWriter.RenderTemplate(Key.Value, "test");
        foreach (var part in Key.Value.Parts) Assert.Contains($"\\begin{{answer}}{{{part.Id}}}", tex);
        Assert.Contains("eigenvalues:", tex);
        var g = new Grader(Key.Value).GradeText(tex, "template.tex");
        Assert.Empty(g.Problems);
        Assert.Equal(0m, g.Total);
    }

    [Fact]
    public void The_rubric_prints_decimal_exponents_and_singular_points()
    {
        var tex = KitTemplates.Render("rubric.tex.scriban", KitModel.Of(Key.Value, "test"));
        // The statement's general determinant bound O(K^2.37), not K^{237/100}.
        Assert.Contains("K^{2.37}", tex);
        Assert.DoesNotContain("237", tex);
        Assert.DoesNotContain("(1 points)", tex);
        Assert.Contains("(1 point)", tex);
    }

    [Fact]
    public void A_variant_gets_its_own_key()
    {
        // Target pixel 22 instead of 34; A then A by hand (A reads (0,-1), (+1,-1), (+1,0), (+1,+1)): layer 2 reads
        // 21, 31, 32, 33; layer 1 then reaches from 21: 31, 32; from 31: 41, 42; from 32: 31, 41, 42, 43; from 33: 32, 42, 43, 44.
        var variant = AssignmentParameters.Default with { Q1 = AssignmentParameters.Default.Q1 with { Target = new PixelParameter(2, 2) } };
        var key = AnswerKey.Build(variant);
        Assert.Equal("31 32 41 42 43 44", key.Part("q1.1")!.Field("field")!.Expected.Canonical);
    }

    [RequiresLatexFact]
    public void The_rubric_and_the_template_compile()
    {
        var dir = Directory.CreateTempSubdirectory("kit-docs-").FullName;
        try
        {
            var files = KitWriter.WriteRubric(Key.Value, "the statement's defaults", dir, pdf: true);
            Assert.Contains(files, f => f.EndsWith("rubric.pdf", StringComparison.Ordinal));
            var rubric = File.ReadAllText(Path.Combine(dir, "rubric.tex"));
            Assert.Contains("flipped kernel", rubric);
            Assert.Contains("eigenvalues without i", rubric);
            Assert.Contains("absolute value forgotten", rubric);
            var template = KitWriter.WriteTemplate(Key.Value, "defaults", dir);
            LatexBuilder.Build(File.ReadAllText(template), Path.Combine(dir, "t"), "answers-template", pdf: true);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
