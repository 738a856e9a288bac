using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// A TA who grades a variant's submissions without the template's --params compared every answer with the
/// statement's key: the correct variant answers got 0 and no problem was reported. The template now carries
/// a digest of its key, and a file filled from another key's template says so.
/// </summary>
public sealed class KeyFingerprintTests
{
    private static readonly Lazy<AnswerKey> VariantKey = RateDependentBehaviourKitTests.Key;
    private static readonly Lazy<AnswerKey> DefaultKey = new(() => AnswerKey.Build(AssignmentParameters.Default));

    private static string Template(AnswerKey key, string variant) => KitWriter.RenderTemplate(key, variant);

    [Fact]
    public void The_keys_of_two_variants_differ_and_each_template_carries_its_own()
    {
        Assert.NotEqual(KeyFingerprint.Of(VariantKey.Value), KeyFingerprint.Of(DefaultKey.Value));
        Assert.Contains($"%% key: {KeyFingerprint.Of(VariantKey.Value)} ", Template(VariantKey.Value, "variant v.json"), StringComparison.Ordinal);
        // Built twice from the same parameters, the digest is the same.
        Assert.Equal(KeyFingerprint.Of(DefaultKey.Value), KeyFingerprint.Of(AnswerKey.Build(AssignmentParameters.Default)));
    }

    [Fact]
    public void A_file_from_another_variant_s_template_is_a_problem_that_says_what_to_do()
    {
        var text = Template(VariantKey.Value, "variant v.json");
        var line = text[..text.IndexOf("%% key:", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var graded = new Grader(DefaultKey.Value).GradeText(text, "s.tex");
        Assert.Contains($"s.tex:{line}:1: this file was filled from the template of other parameters (variant v.json) than the ones graded now, "
            + "so its answers are compared with another variant's: grade it with the --params that `template` was given", graded.Problems);
    }

    [Fact]
    public void A_file_from_the_same_key_s_template_or_without_the_line_is_no_problem()
    {
        Assert.Empty(new Grader(VariantKey.Value).GradeText(Template(VariantKey.Value, "variant v.json"), "s.tex").Problems);
        Assert.Empty(new Grader(DefaultKey.Value).GradeText(Submissions.Correct, "s.tex").Problems);
    }
}
