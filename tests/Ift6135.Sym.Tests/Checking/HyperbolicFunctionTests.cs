using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// \tanh, \sinh and \cosh (tanh is a planar flow's activation) were input errors. Every expected verdict is a textbook identity, or a
/// value worked out by hand; one false claim is refuted.
/// </summary>
public sealed class HyperbolicFunctionTests
{
    private static Expr Parse(string infix) => InfixParser.Parse(infix, new SymbolTable());

    private static StepStatus Verdict(string step) =>
        Assert.Single(Checker.CheckText($"\\[ {step} \\]\n", "t.tex").Chains[^1].Steps).Status;

    [Theory]
    [InlineData(@"\tanh(x) = 2\sigma(2x) - 1")]
    [InlineData(@"\tanh(x) = \frac{e^{2x} - 1}{e^{2x} + 1}")]
    [InlineData(@"\frac{d}{dx}\tanh(x) = 1 - \tanh(x)^2")]
    [InlineData(@"\cosh(x)^2 - \sinh(x)^2 = 1")]
    [InlineData(@"\frac{d}{dx}\cosh(x) = \sinh(x)")]
    [InlineData(@"\sinh(x) + \cosh(x) = e^{x}")]
    [InlineData(@"\tanh 0 = 0")]
    public void Identities_hold(string step) => Assert.Equal(StepStatus.Valid, Verdict(step));

    /// <summary>
    /// A prime on a known function is its derivative at the argument (an input error before): tanh' = 1 - tanh^2, log' = 1/x,
    /// exp'' = exp, sin' = cos; the chain rule is not implied (\tanh'(2x) is tanh' taken at 2x, 1 - tanh(2x)^2).
    /// </summary>
    [Theory]
    [InlineData(@"\tanh'(x) = 1 - \tanh^2(x)", StepStatus.Valid)]
    [InlineData(@"\tanh'(2x) = 1 - \tanh(2x)^2", StepStatus.Valid)]
    [InlineData(@"\log'(x) = \frac{1}{x}", StepStatus.Valid)]
    [InlineData(@"\exp''(3y) = e^{3y}", StepStatus.Valid)]
    [InlineData(@"\sin'(x) = \cos(x)", StepStatus.Valid)]
    [InlineData(@"\tanh'(x) = 1 + \tanh^2(x)", StepStatus.Invalid)]
    [InlineData(@"\cos'(x) = \sin(x)", StepStatus.Invalid)]
    public void A_prime_on_a_known_function_is_its_derivative(string step, StepStatus expected) => Assert.Equal(expected, Verdict(step));

    [Fact]
    public void A_prime_without_parentheses_asks_for_them()
    {
        var error = Assert.Single(Checker.CheckText("\\[ \\tanh' x = 1 \\]\n", "t.tex").Errors);
        Assert.Contains("'(' with the argument of \\tanh'", error.Message);
    }

    [Theory]
    [InlineData(@"\tanh(x) = \sigma(x)")]
    [InlineData(@"\frac{d}{dx}\tanh(x) = 1 + \tanh(x)^2")]
    public void False_claims_are_refuted(string step) => Assert.Equal(StepStatus.Invalid, Verdict(step));

    [Fact]
    public void The_infix_names_evaluate_to_the_textbook_values()
    {
        // tanh(1) = (e^2 - 1)/(e^2 + 1), sinh(1) = (e - 1/e)/2, cosh(1) = (e + 1/e)/2, by hand from the definitions.
        var e = Math.E;
        var at = new Dictionary<Symbol, double>();
        Assert.Equal((e * e - 1) / (e * e + 1), Evaluator.EvaluateReal(Parse("tanh(1)"), at), 12);
        Assert.Equal((e - 1 / e) / 2, Evaluator.EvaluateReal(Parse("sinh(1)"), at), 12);
        Assert.Equal((e + 1 / e) / 2, Evaluator.EvaluateReal(Parse("cosh(1)"), at), 12);
    }

    [Fact]
    public void Tanh_is_known_to_lie_between_minus_one_and_one()
    {
        // 1 - tanh^2 x > 0 and tanh x + 1 > 0 for every real x: the sign analysis reaches them through the sigmoid's range (0, 1).
        var reasoner = new SignReasoner(Assumptions.Of([]));
        Assert.Equal(Truth.True, reasoner.IsPositive(Parse("1 - tanh(x)^2")));
        Assert.Equal(Truth.True, reasoner.IsPositive(Parse("tanh(x) + 1")));
        Assert.Equal(Truth.True, reasoner.IsPositive(Parse("1 - tanh(x)")));
    }
}
