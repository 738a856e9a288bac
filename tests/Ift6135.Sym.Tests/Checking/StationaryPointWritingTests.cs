using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Question 6.2 in one line, as students write it: "$\nabla V(d, g) = (g, d)^T = 0 \iff d = g = 0$" for V(d, g) = d g. The tuple
/// transposed is the column (g, d), the gradient set to 0 is the equation, and the statement after \iff its solution. Before, the first
/// step was refuted (a row against a column), "= 0" refuted, and d = g, g = 0 refuted as identities. Verdicts by hand.
/// </summary>
public sealed class StationaryPointWritingTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private static StepStatus[] Statuses(CheckReport r) => r.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToArray();

    private const string Game = "% given: V(d, g) = d g\n";

    [Fact]
    public void The_gradient_set_to_zero_and_its_solution_after_iff()
    {
        var report = Run(Game + "$\\nabla V(d, g) = (g, d)^T = 0 \\iff d = g = 0$.\n");
        Assert.Empty(report.Errors);
        // The gradient (valid), = 0 (the equation, solved), the link (not checked), d = g and g = 0 (they solve it).
        Assert.Equal([StepStatus.Valid, StepStatus.NotChecked, StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid], Statuses(report));
        Assert.Contains("solves the equation of line 2", report.Chains[1].Steps[1].Detail);
        // (1, 1) is no stationary point: the gradient there is (1, 1).
        var wrong = Run(Game + "$\\nabla V(d, g) = (g, d)^T = 0 \\iff d = g = 1$.\n");
        Assert.Equal(StepStatus.Invalid, wrong.Chains[1].Steps[1].Status);
    }

    [Theory]
    [InlineData("(g, d)^T", StepStatus.Valid)]
    [InlineData("(g, d)^\\top", StepStatus.Valid)]
    [InlineData("(d, g)^T", StepStatus.Invalid)]
    [InlineData("\\begin{pmatrix} g & d \\end{pmatrix}^T", StepStatus.Valid)]
    [InlineData("\\begin{pmatrix} g \\\\ d \\end{pmatrix}^T", StepStatus.Invalid)]
    public void A_transposed_tuple_is_a_column_and_a_transposed_column_a_row(string written, StepStatus expected)
    {
        // \nabla V = (\partial V / \partial d, \partial V / \partial g) = (g, d), a column; a pmatrix column transposed is a row (sizes differ).
        var report = Run(Game + "\\[ \\nabla V(d, g) = " + written + " \\]\n");
        Assert.Equal(expected, report.Chains[0].Steps[0].Status);
    }
}
