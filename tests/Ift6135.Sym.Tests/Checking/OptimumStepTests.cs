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
