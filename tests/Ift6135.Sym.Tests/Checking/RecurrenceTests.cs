using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Names defined by a recurrence (d_{k+1} = d_k + \alpha g_k, g_{k+1} = g_k - \alpha d_k, Question 6's updates): a step about d_k
/// is about the sequence. With d_k read as a free number the true \|(d_k, g_k)\| = (1 + \alpha^2)^{k/2} \|(d_0, g_0)\| was refuted.
/// Values by hand: with \alpha = 1, (d_1, g_1) = (d_0 + g_0, g_0 - d_0) and d_2 = d_1 + g_1 = 2 g_0, so d_2 = d_0 + 2 \alpha g_0 fails.
/// </summary>
public sealed class RecurrenceTests
{
    private const string Updates = "% assume: \\alpha > 0\nLet $d_{k+1} = d_k + \\alpha g_k$ and $g_{k+1} = g_k - \\alpha d_k$, and $x_{k+1} := x_k + 2$.\n";

    private static StepReport Claim(string claim)
    {
        var report = Checker.CheckText(Updates + "Then $" + claim + "$.\n", "t.tex");
        Assert.Empty(report.Errors);
        return report.Chains[^1].Steps.Single();
    }

    /// <summary>The norm grows by \sqrt{1 + \alpha^2} at each step: (d + \alpha g)^2 + (g - \alpha d)^2 = (1 + \alpha^2)(d^2 + g^2).</summary>
    [Theory]
    [InlineData(@"\|(d_k, g_k)\| = (1 + \alpha^2)^{k/2} \|(d_0, g_0)\|")]
    [InlineData(@"d_k^2 + g_k^2 = (1 + \alpha^2)^k (d_0^2 + g_0^2)")]
    [InlineData(@"x_k = x_0 + 2k")]
    public void A_closed_form_of_the_sequence_is_proved_by_induction(string claim)
    {
        var step = Claim(claim);
        Assert.Equal((StepStatus.Valid, "induction"), (step.Status, step.Method));
        Assert.Contains("holds at k = 0, .., 3", step.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\|(d_k, g_k)\| = (1 + \alpha^2)^{k} \|(d_0, g_0)\|", 1)]
    [InlineData(@"d_k = d_0 + k \alpha g_0", 2)]
    [InlineData(@"x_k = x_0 + k^2 + k", 2)]
    public void A_wrong_closed_form_fails_at_a_small_index(string claim, int k)
    {
        var step = Claim(claim);
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.StartsWith($"fails at k = {k}, with", step.Detail, StringComparison.Ordinal);
    }

    /// <summary>
    /// x_k named for the vector of the two sequences, and x_{k+1} = A x_k beside them (6.1 in matrix form): a step about x_k is about d_k
    /// and g_k. Before, \|x_k\| = (1 + \alpha^2)^{k/2} \|x_0\| was refuted at k = -2 with d_k, g_k free.
    /// </summary>
    [Theory]
    [InlineData(@"(1 + \alpha^2)^{k/2} \|x_0\|", StepStatus.Valid)]
    [InlineData(@"(1 + \alpha^2)^{k} \|x_0\|", StepStatus.Invalid)]
    public void A_vector_named_for_the_sequences_is_unrolled_through_its_definition(string right, StepStatus expected)
    {
        var doc = Updates + "With $x_k = (d_k, g_k)^T$, $x_{k+1} = A x_k$ where $A = \\begin{pmatrix} 1 & \\alpha \\\\ -\\alpha & 1 \\end{pmatrix}$.\n\n"
            + $"Then $\\|x_k\\| = {right}$.\n";
        var report = Checker.CheckText(doc.Replace("and $x_{k+1} := x_k + 2$", "and nothing else"), "t.tex");
        Assert.Empty(report.Errors);
        Assert.Equal(expected, report.Chains[^1].Steps.Single().Status);
    }

    /// <summary>An inequality that holds at the small indices is not proved: no induction is tried for it.</summary>
    [Fact]
    public void An_inequality_holding_at_small_indices_stays_unknown() =>
        Assert.Equal(StepStatus.Unknown, Claim(@"d_k^2 + g_k^2 \ge d_0^2 + g_0^2").Status);

    /// <summary>A wrong closed form refuted through the recurrence is a claim: the next formula is not read as solving it.</summary>
    [Fact]
    public void A_refuted_claim_about_the_sequence_is_no_equation_to_solve()
    {
        var report = Checker.CheckText(Updates + "Then $x_k = x_0 + k^2 + k$ and $x_k = x_0 + 2k$.\n", "t.tex");
        Assert.Equal([StepStatus.Invalid, StepStatus.Valid], report.Chains.TakeLast(2).Select(c => c.Steps.Single().Status));
    }

    /// <summary>Without a recurrence, d_k is a free number as before: d_k + d_0 = 2 d_0 is refuted, not unrolled.</summary>
    [Fact]
    public void Without_a_recurrence_the_names_are_free()
    {
        var step = Checker.CheckText("\\[ d_k + d_0 = 2 d_0 \\]\n", "t.tex").Chains.Single().Steps.Single();
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.DoesNotContain("unrolled", step.Detail ?? "", StringComparison.Ordinal);
    }

    private const string MatrixUpdates = "% assume: \\alpha > 0\nLet $A = \\begin{pmatrix} 1 & \\alpha \\\\ -\\alpha & 1 \\end{pmatrix}$ and "
        + "$\\begin{pmatrix} d_{k+1} \\\\ g_{k+1} \\end{pmatrix} = A \\begin{pmatrix} d_k \\\\ g_k \\end{pmatrix}$.\n";

    private static StepReport MatrixClaim(string claim)
    {
        var report = Checker.CheckText(MatrixUpdates + "Then $" + claim + "$.\n", "t.tex");
        Assert.Empty(report.Errors);
        return report.Chains[^1].Steps.Single();
    }

    /// <summary>
    /// The updates written as one vector equation with A define the two sequences too; A^k, a matrix power in the index, is read
    /// at k = 0..3 only: the closed form holds there (unknown, no proof), A^{k+1} fails at k = 0 (d_0 against d_0 + \alpha g_0).
    /// </summary>
    [Fact]
    public void A_power_of_the_matrix_is_checked_at_small_indices()
    {
        var closed = MatrixClaim(@"\begin{pmatrix} d_k \\ g_k \end{pmatrix} = A^k \begin{pmatrix} d_0 \\ g_0 \end{pmatrix}");
        Assert.Equal(StepStatus.Unknown, closed.Status);
        Assert.Contains("holds at k = 0, .., 3", closed.Detail, StringComparison.Ordinal);
        var shifted = MatrixClaim(@"\begin{pmatrix} d_k \\ g_k \end{pmatrix} = A^{k+1} \begin{pmatrix} d_0 \\ g_0 \end{pmatrix}");
        Assert.Equal(StepStatus.Invalid, shifted.Status);
        Assert.StartsWith("fails at k = 0", shifted.Detail, StringComparison.Ordinal);
        var norm = MatrixClaim(@"d_k^2 + g_k^2 = (1 + \alpha^2)^k (d_0^2 + g_0^2)");
        Assert.Equal((StepStatus.Valid, "induction"), (norm.Status, norm.Method));
    }

    /// <summary>
    /// A term at a number is unrolled and decided once, for good: d_2 = d_1 + \alpha g_1 = (1 - \alpha^2) d_0 + 2 \alpha g_0 by hand.
    /// Written first, d_2 is no new name being defined.
    /// </summary>
    [Theory]
    [InlineData(@"d_2 = (1 - \alpha^2) d_0 + 2 \alpha g_0", StepStatus.Valid)]
    [InlineData(@"d_2 = d_0", StepStatus.Invalid)]
    public void A_term_at_a_number_is_unrolled(string claim, StepStatus expected) => Assert.Equal(expected, Claim(claim).Status);

    private const string Fibonacci = "\\[ u_{n+1} := u_n + v_n \\]\n\\[ v_{n+1} := u_n \\]\n";

    /// <summary>
    /// By hand: u_1 = u_0 + v_0, u_2 = 2u_0 + v_0, u_3 = 3u_0 + 2v_0, u_4 = 5u_0 + 3v_0, u_5 = 8u_0 + 5v_0; a term beyond the
    /// twelfth is not unrolled, and not refuted as a free number either.
    /// </summary>
    [Theory]
    [InlineData(@"u_4 = 5 u_0 + 3 v_0", StepStatus.Valid)]
    [InlineData(@"u_5 = 5 u_0 + 3 v_0", StepStatus.Invalid)]
    [InlineData(@"u_{40} = u_0", StepStatus.Unknown)]
    public void Terms_of_two_coupled_sequences_are_unrolled(string claim, StepStatus expected)
    {
        var report = Checker.CheckText(Fibonacci + "\\[ " + claim + " \\]\n", "t.tex");
        Assert.Equal(expected, report.Chains[^1].Steps.Single().Status);
    }

    /// <summary>y_{k+1} = y_k^2 has the closed form y_0^{2^k}: put for y_k in the step, (y_0^{2^k})^2 = y_0^{2^{k+1}}.</summary>
    [Fact]
    public void A_closed_form_of_a_sequence_defined_alone_is_proved_by_putting_it_in_the_step()
    {
        var report = Checker.CheckText("\\[ y_{k+1} := y_k^2 \\]\n\\[ y_k = y_0^{2^k} \\]\n\\[ y_k = y_0^{2k} \\]\n", "t.tex");
        Assert.Equal((StepStatus.Valid, "induction"), (report.Chains[1].Steps.Single().Status, report.Chains[1].Steps.Single().Method));
        Assert.Equal(StepStatus.Invalid, report.Chains[2].Steps.Single().Status);
    }
}
