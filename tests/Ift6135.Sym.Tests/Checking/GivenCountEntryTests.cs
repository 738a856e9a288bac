using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A sum whose bound a "% given:" sets to a number (N = 2) unrolls into the entries the document declares: a_1, a_2 with the facts of
/// "% assume: a_1 &gt; 0, a_2 &gt; 0". They were other symbols of the same name (real, with no fact), so \sum_{i=1}^{N} a_i = a_1 + a_2 was
/// refuted by "a_1 = -1, a_1 = 0.9375" and a positive sum at a negative draw. By hand: the sum is a_1 + a_2, positive; it is not 2 a_1.
/// </summary>
public sealed class GivenCountEntryTests
{
    private const string Declarations = "% given: N = 2\n% assume: a_1 > 0, a_2 > 0\n";

    private static StepStatus Verdict(string step) =>
        Checker.CheckText(Declarations + $"\\[ {step} \\]\n", "t.tex").Chains.Single().Steps.Single().Status;

    [Theory]
    [InlineData(@"\sum_{i=1}^{N} a_i = a_1 + a_2", StepStatus.Valid)]
    [InlineData(@"\sum_{i=1}^{N} a_i > 0", StepStatus.Valid)]
    [InlineData(@"\sum_{i=1}^{N} a_i^2 \ge a_1^2", StepStatus.Valid)]
    [InlineData(@"\sum_{i=1}^{N} a_i = 2 a_1", StepStatus.Invalid)]
    [InlineData(@"\sum_{i=1}^{N} a_i < a_2", StepStatus.Invalid)]
    public void The_unrolled_entries_are_the_declared_ones(string step, StepStatus expected) =>
        Assert.Equal(expected, Verdict(step));
}
