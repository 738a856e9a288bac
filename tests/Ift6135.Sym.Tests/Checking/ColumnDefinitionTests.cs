using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A column of names written for the first time, (d_{k+1}, g_{k+1})^T = .., defines each name as its entry (it was refuted as
/// an identity in free d_{k+1}, g_{k+1}: the natural way to write Question 6.1's update). Verdicts by hand.
/// </summary>
public sealed class ColumnDefinitionTests
{
    private static IReadOnlyList<StepStatus> Statuses(string text)
    {
        var report = Checker.CheckText(text, "t.tex");
        Assert.Empty(report.Errors);
        return report.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToList();
    }

    [Fact]
    public void Each_name_of_the_column_is_defined_by_its_entry()
    {
        // (d + a g)^2 + (g - a d)^2 = (1 + a^2)(d^2 + g^2); the chain's second step, the same vector as a product, is checked.
        var statuses = Statuses("\\[ \\begin{pmatrix} d_{k+1} \\\\ g_{k+1} \\end{pmatrix} = \\begin{pmatrix} d_k + a g_k \\\\ g_k - a d_k \\end{pmatrix} "
            + "= \\begin{pmatrix} 1 & a \\\\ -a & 1 \\end{pmatrix} \\begin{pmatrix} d_k \\\\ g_k \\end{pmatrix} \\]\n"
            + "\\[ d_{k+1}^2 + g_{k+1}^2 = (1 + a^2)(d_k^2 + g_k^2) \\]\n\\[ d_{k+1} = d_k \\]\n");
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Valid, StepStatus.Invalid], statuses);
    }

    [Fact]
    public void A_product_with_a_defined_matrix_defines_the_column()
    {
        var statuses = Statuses("Let $A = \\begin{pmatrix} 1 & a \\\\ -a & 1 \\end{pmatrix}$ and $\\begin{pmatrix} u \\\\ v \\end{pmatrix} = A \\begin{pmatrix} x \\\\ y \\end{pmatrix}$.\n"
            + "\\[ u + v = (1 - a) x + (1 + a) y \\]\n");
        Assert.Equal([StepStatus.Definition, StepStatus.Definition, StepStatus.Valid], statuses);
    }

    /// <summary>
    /// A column whose names were used before is a claim, checked as one; so is one whose right side is no vector of its length:
    /// an explicit := of it defines nothing, saying why, and (d_k, g_k) = A^k (d_0, g_0) without a recurrence keeps its error.
    /// </summary>
    [Fact]
    public void Names_seen_before_or_a_wrong_length_define_nothing()
    {
        Assert.Equal([StepStatus.Invalid], Statuses("\\[ x + y = 1 \\]\n\\[ \\begin{pmatrix} x \\\\ y \\end{pmatrix} = \\begin{pmatrix} y \\\\ x \\end{pmatrix} \\]\n").Skip(1));
        var report = Checker.CheckText("\\[ \\begin{pmatrix} u \\\\ v \\end{pmatrix} := \\begin{pmatrix} 1 \\\\ 2 \\\\ 3 \\end{pmatrix} \\]\n", "t.tex");
        var step = report.Chains.Single().Steps.Single();
        Assert.Equal(StepStatus.Definition, step.Status);
        Assert.Contains("no vector of 2 entries", step.Detail, StringComparison.Ordinal);
        Assert.Equal(StepStatus.Invalid, Checker.CheckText("\\[ \\begin{pmatrix} u \\\\ v \\end{pmatrix} = \\begin{pmatrix} 1 \\\\ 2 \\\\ 3 \\end{pmatrix} \\]\n", "t.tex").Chains.Single().Steps.Single().Status);
    }

    /// <summary>A name twice in the column cannot be two entries: (a, a) = (1, 2) is a claim, false.</summary>
    [Fact]
    public void A_column_naming_one_name_twice_defines_nothing() =>
        Assert.Equal([StepStatus.Invalid], Statuses("\\[ \\begin{pmatrix} a \\\\ a \\end{pmatrix} = \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} \\]\n"));
}
