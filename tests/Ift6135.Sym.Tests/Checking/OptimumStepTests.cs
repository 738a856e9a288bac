using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A name defined as an optimizer (q^* = \arg\max_{q \in Q} f(q)), as question 3.2 defines q_i^*: the function there is at least its value
/// at any other argument of the set. By hand, for every function F: F(q^*) >= F(e) when q^* maximizes F and e is in Q; F(q^*) <= F(e) is
/// not implied; an arg min reverses both. Before, \arg was an input error and the comparison, read for any F, was refuted.
/// </summary>
public sealed class OptimumStepTests
{
    private static StepReport Last(string doc) => Checker.CheckText(doc, "t.tex").Chains.SelectMany(c => c.Steps).Last();

    [Theory]
    [InlineData(@"q^* = \arg\max_{q \in Q} \mathcal{L}(\theta, q; x)", @"\mathcal{L}(\theta, q^*; x) \ge \mathcal{L}(\theta, r; x)", StepStatus.Valid)]
    [InlineData(@"q^* = \arg\max_{q \in Q} \mathcal{L}(\theta, q; x)", @"\mathcal{L}(\theta, r; x) \le \mathcal{L}(\theta, q^*; x)", StepStatus.Valid)]
    [InlineData(@"q^* = \operatorname*{argmax}_{q} \mathcal{L}(\theta, q; x)", @"\mathcal{L}(\theta, q^*; x) \ge \mathcal{L}(\theta, 2r + 1; x)", StepStatus.Valid)]
    [InlineData(@"u^* = \arg\min_{u} F(u)", @"F(u^*) \le F(v)", StepStatus.Valid)]
    [InlineData(@"q^* = \arg\max_{q \in Q} \mathcal{L}(\theta, q; x)", @"\mathcal{L}(\theta, q^*; x) \le \mathcal{L}(\theta, r; x)", StepStatus.Invalid)]
    [InlineData(@"u^* = \mathrm{argmin}_{u} F(u)", @"F(u^*) \ge F(v)", StepStatus.Invalid)]
    // Another function, or the function at another point, is no comparison the definition makes.
    [InlineData(@"q^* = \arg\max_{q \in Q} \mathcal{L}(\theta, q; x)", @"\mathcal{L}(\theta, q^*; x) \ge \mathcal{L}(\theta, r; y)", StepStatus.Invalid)]
    public void A_function_at_its_optimizer_is_compared_with_its_value_elsewhere(string definition, string step, StepStatus expected)
    {
        var report = Last($"% function: F\nLet ${definition}$. Then\n\\[ {step} \\]\n");
        Assert.Equal(expected, report.Status);
        if (expected == StepStatus.Valid) Assert.Equal("optimality", report.Method);
    }

    /// <summary>The declarations of question 3.2's answer template: the optima and the statement's ELBO of a distribution q.</summary>
    private const string Question32 = """
        % function: p, q, r, f, h
        % random: z
        % given: p_\theta(z) = p(z)
        % given: q_i^* = \arg\max_{q_i \in Q} \mathcal{L}(\theta, q_i; x_i)
        % given: \mathcal{L}(\theta, q; x) := \mathbb{E}_{q}[\log p_\theta(x \mid z)] - D_{KL}(q \| p(z))

        """;

    /// <summary>
    /// 3.2 as students write it, by hand: the optimum's ELBO is at least the encoder's (optimality, whatever L is); with L the statement's ELBO,
    /// L(q) = E_q[log p(x | z)] - KL(q || p(z)) = log p(x) - KL(q || p(z | x)) (Bayes' rule and p_\theta(z) = p(z)), so the second line has the
    /// first's left minus right, and the third the second's (log p(x) cancels). The third line reversed is no consequence: not valid.
    /// </summary>
    [Theory]
    [InlineData(@"D_{KL}(q_i^* \| p_\theta(z \mid x_i)) &\le D_{KL}(q_{\phi^*} \| p_\theta(z \mid x_i))", StepStatus.Valid)]
    [InlineData(@"D_{KL}(q_i^* \| p_\theta(z \mid x_i)) &\ge D_{KL}(q_{\phi^*} \| p_\theta(z \mid x_i))", StepStatus.Unknown)]
    public void The_optimality_of_the_instance_optimum_rewritten_as_divergences_follows_line_by_line(string last, StepStatus expected)
    {
        var doc = Question32 + """
            \begin{align*}
            \mathcal{L}(\theta, q_i^*; x_i) &\ge \mathcal{L}(\theta, q_{\phi^*}; x_i) \\
            \log p_\theta(x_i) - D_{KL}(q_i^* \| p_\theta(z \mid x_i)) &\ge \log p_\theta(x_i) - D_{KL}(q_{\phi^*} \| p_\theta(z \mid x_i)) \\

            """ + last + "\n\\end{align*}\n";
        var steps = Checker.CheckText(doc, "t.tex").Chains.SelectMany(c => c.Steps).ToList();
        Assert.Equal(3, steps.Count);
        Assert.Equal("optimality", steps[0].Method);
        Assert.Equal(StepStatus.Valid, steps[1].Status);
        Assert.Equal("from the line above", steps[1].Method);
        Assert.Equal(expected, steps[2].Status);
    }

    [Fact]
    public void The_set_of_the_optimum_is_named_in_the_report_as_not_checked()
    {
        var report = Last("% given: q^* = \\arg\\max_{q \\in Q} G(q)\n\\[ G(q^*) \\ge G(r) \\]\n");
        Assert.Equal(StepStatus.Valid, report.Status);
        Assert.Contains("lies in Q (not checked)", report.Detail);
    }

    [Fact]
    public void An_arg_max_used_as_a_value_is_an_input_error_that_says_how_to_write_it()
    {
        var report = Checker.CheckText("\\[ f(\\arg\\max_{x} g(x)) = 1 \\]\n", "t.tex");
        Assert.Contains(report.Errors, e => e.Message.Contains("only as a name's definition", StringComparison.Ordinal));
    }

    [Fact]
    public void The_parser_reads_the_variable_its_set_and_the_function()
    {
        var node = Assert.IsType<ArgOptimumNode>(LatexMathParser.Parse(new LatexSource(@"\arg\min_{q \in \mathcal{Q}} \mathcal{L}(q)", 1, 1, []), LatexContext.Empty));
        Assert.False(node.Maximum);
        Assert.Equal("q", node.Variable.Key);
        Assert.Equal(@"\mathcal{Q}", node.Domain);
    }
}
