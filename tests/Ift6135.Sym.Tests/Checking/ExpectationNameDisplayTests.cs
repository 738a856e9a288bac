using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// An expectation whose subscript is no density of its variables, \mathbb{E}_{z_1, \dots, z_K \sim q}, is read as a function whose
/// name keeps the subscript without spaces (E_z_1,\dots,z_K\simq). Messages and printed sides show it in LaTeX, never the name,
/// and never \simq, which is no LaTeX command (a tex report with it does not compile). \mathbb{E}_{z \sim q} is \mathbb{E}_{q}
/// (over the density q of z; z random there), shown so.
/// </summary>
public sealed class ExpectationNameDisplayTests
{
    private static StepReport Step(string display) =>
        Checker.CheckText("\\begin{align*}\n" + display + "\n\\end{align*}\n", "t.tex").Chains.Single().Steps.Single();

    private const string Variance = @"\mathbb{E}_{z_1, \dots, z_K \sim q}[z^2] &= \mathbb{E}_{z_1, \dots, z_K \sim q}[z]^2";

    [Fact]
    public void An_undecided_expectation_is_named_in_LaTeX_in_the_message()
    {
        // E[z^2] = E[z]^2 is false in general (the variance), but without a distribution nothing can be evaluated.
        var step = Step(Variance);
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.DoesNotContain(@"E_z_1", step.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\simq", step.Detail, StringComparison.Ordinal);
        Assert.Contains(@"\mathbb{E}_{z_1,\dots,z_K\sim q}[z^{2}]", step.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_sides_keep_the_space_after_the_command()
    {
        var step = Step(Variance);
        Assert.Equal(@"\mathbb{E}_{z_1,\dots,z_K\sim q}[z^{2}]", step.LeftLatex);
        Assert.DoesNotContain(@"\simq", step.RightLatex, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expectation_over_a_density_of_its_variable_is_shown_over_the_density()
    {
        var step = Step(@"\mathbb{E}_{z \sim q}[z^2] &= \mathbb{E}_{z \sim q}[z]^2");
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Equal(@"\mathbb{E}_{q}[z^{2}]", step.LeftLatex);
    }
}
