using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>The answer template's declarations, checked the way `check` reads a filled template.</summary>
public sealed class TemplateDeclarationTests
{
    private const string PositiveSlope = """
        \begin{align*}
        \frac{d}{dz} \sigma^{-1}\left( w_1\sigma(a_1 z + b_1) + w_2 \sigma(a_2 z + b_2) \right) &> 0
        \end{align*}
        """;

    private static StepStatus SlopeVerdict(string template)
    {
        var report = Checker.CheckText(NewUserTrialTests.Fill(template, "q5.2", PositiveSlope), "t.tex");
        return report.Chains.Single(c => c.Steps[0].Left.Contains(@"\sigma^{-1}", StringComparison.Ordinal)).Steps[0].Status;
    }

    // By hand: with w_i > 0 and w_1 + w_2 = 1 the argument s = w_1 sigma_1 + w_2 sigma_2 lies in (0, 1), and
    // g'(z) = (w_1 a_1 sigma_1(1 - sigma_1) + w_2 a_2 sigma_2(1 - sigma_2)) / (s (1 - s)) > 0 as a_i > 0. Without the sum,
    // w_1 = w_2 = 1 with both sigmas near 1 gives s near 2, s(1 - s) < 0 and g'(z) < 0: the claim is then false.
    [Fact]
    public void The_q52_template_declares_that_the_weights_sum_to_one()
    {
        var template = NewUserTrialTests.Template.Value;
        Assert.Contains("% assume: w_1 + w_2 = 1", template, StringComparison.Ordinal);
        Assert.Equal(StepStatus.Valid, SlopeVerdict(template));
        Assert.Equal(StepStatus.Invalid, SlopeVerdict(template.Replace("% assume: w_1 + w_2 = 1", "", StringComparison.Ordinal)));
    }

    private const string RadiusSlope = """
        \begin{align*}
        1 + \frac{\alpha\beta}{(\alpha + r)^2} &\ge 1 - \frac{\alpha^2}{(\alpha + r)^2} \ge 0
        \end{align*}
        """;

    // By hand: with beta >= -alpha and alpha > 0, alpha beta >= -alpha^2, and alpha^2 <= (alpha + r)^2 for r >= 0. Without the
    // statement's hypothesis in the template both steps failed (beta = -1.56 at alpha = 1), though a student works under it.
    [Fact]
    public void The_q54_template_declares_the_statement_s_hypothesis_on_beta_and_a_nonnegative_radius()
    {
        var template = NewUserTrialTests.Template.Value;
        Assert.Contains(@"% assume: \beta \ge -\alpha, r \ge 0", template, StringComparison.Ordinal);
        var report = Checker.CheckText(NewUserTrialTests.Fill(template, "q5.4", RadiusSlope), "t.tex");
        var chain = report.Chains.Single(c => c.Steps[0].Left.Contains(@"\alpha\beta", StringComparison.Ordinal));
        Assert.All(chain.Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
    }
}
