using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Vectors declared with a letter size (% vector: x K) are instantiated at K = 3; a step that names them, whole or by an entry, reads
/// its K at that size too, and an entry with a letter index of a vector given or defined entry by entry is that entry's value.
/// </summary>
public sealed class LetterSizeTests
{
    private static StepReport Last(string doc) => Checker.CheckText(doc, "t.tex").Chains.SelectMany(c => c.Steps).Last();

    // By hand, at K = 3: x^T x = x_1^2 + x_2^2 + x_3^2, the sum of the K squares. With K free against three entries the step was
    // not decided. One square too many (K + 1 terms) differs at K = 3, but a refutation at the size guessed for K is withheld
    // (GuessedReading): unknown, saying K = 3 was tried.
    [Theory]
    [InlineData(@"x^T x = \sum_{k=1}^K x_k^2", StepStatus.Valid)]
    [InlineData(@"x^T x = \sum_{k=1}^{K+1} x_k^2", StepStatus.Unknown)]
    public void A_step_naming_a_vector_of_letter_size_reads_the_letter_at_that_size(string step, StepStatus expected)
    {
        var report = Last($"% vector: x K\n% symbol: K\n\\[ {step} \\]\n");
        Assert.Equal(expected, report.Status);
        Assert.Contains("K = 3", report.Detail);
    }

    // A step with no vector keeps K symbolic: \sum_{k=1}^K 1 = K holds for every K, and is not checked at K = 3 only.
    [Fact]
    public void A_step_without_such_a_vector_keeps_its_letter_symbolic()
    {
        var report = Last("% vector: x K\n% symbol: K\n\\[ \\sum_{k=1}^K 1 = K \\]\n");
        Assert.Equal(StepStatus.Valid, report.Status);
        Assert.DoesNotContain("K = 3", report.Detail ?? "");
    }

    // z = mu + sigma . u entry by entry: z_k = mu_k + sigma_k u_k for every k. By hand u_k = (z_k - mu_k)/sigma_k; (z_k + mu_k)/sigma_k
    // differs by 2 mu_k / sigma_k. Refuted before with z_k a name apart from z (given or defined).
    [Theory]
    [InlineData("% given: z = \\mu + \\sigma \\odot u\n", @"u_k = (z_k - \mu_k)/\sigma_k", StepStatus.Valid)]
    [InlineData("% given: z = \\mu + \\sigma \\odot u\n", @"u_k = (z_k + \mu_k)/\sigma_k", StepStatus.Invalid)]
    [InlineData("Let $z := \\mu + \\sigma \\odot u$.\n", @"u_k = (z_k - \mu_k)/\sigma_k", StepStatus.Valid)]
    [InlineData("Let $z := \\mu + \\sigma \\odot u$.\n", @"z_2 = \mu_2 + \sigma_2 u_2", StepStatus.Valid)]
    public void An_entry_with_a_letter_index_of_a_vector_given_entry_by_entry_is_that_entry(string given, string step, StepStatus expected)
    {
        var report = Last($"% vector: z, \\mu, \\sigma, u K\n% assume: \\sigma_k > 0\n{given}\\[ {step} \\]\n");
        Assert.Equal(expected, report.Status);
    }
}
