using System.Text.Json;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

using static Ift6135.Sym.Tests.Cli.CalcRuns;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>calc end to end: derivatives, Jacobians, expansion, simplification, equivalence.</summary>
public sealed class CalcCalculusTests
{
    private const string Mixture = "logit(w*sigmoid(a1*z+b1) + (1-w)*sigmoid(a2*z+b2))";

    [Fact]
    public void The_derivative_of_the_logit_mixture_is_short_and_right()
    {
        var derivative = Lines(Ok("calc", "diff", Mixture, "--wrt", "z"))[0];
        // Readable: sigmoid kept as sigmoid (s' = s(1 - s)), no exponentials, each sigmoid at most
        // 4 times, and no longer than a quarter over the form written by hand:
        // (w*a1*s1*(1 - s1) + (1 - w)*a2*s2*(1 - s2))/(p*(1 - p)), p = w*s1 + (1 - w)*s2 (217 characters).
        const int handWritten = 217;
        Assert.True(derivative.Length <= handWritten * 5 / 4, $"not short: {derivative.Length} characters: {derivative}");
        Assert.DoesNotContain("exp(", derivative);
        Assert.True(derivative.Split("sigmoid(a1*z + b1)").Length - 1 <= 4, derivative);
        Assert.True(derivative.Split("sigmoid(a2*z + b2)").Length - 1 <= 4, derivative);
        // Central finite difference of the original at a point, by hand in doubles.
        double S(double t) => 1 / (1 + Math.Exp(-t));
        double F(double z, double w = 0.3, double a1 = 1.5, double b1 = -0.4, double a2 = 0.6, double b2 = 0.9)
        {
            var p = w * S(a1 * z + b1) + (1 - w) * S(a2 * z + b2);
            return Math.Log(p / (1 - p));
        }
        const double z0 = 0.35, h = 1e-5;
        var expected = (F(z0 + h) - F(z0 - h)) / (2 * h);
        var actual = Value(derivative, ("z", z0), ("w", 0.3), ("a1", 1.5), ("b1", -0.4), ("a2", 0.6), ("b2", 0.9));
        Near(expected, actual, 1e-6);
    }

    [Fact]
    public void The_derivative_of_the_logit_mixture_is_positive_for_positive_slopes_and_weights_in_0_1()
    {
        var derivative = Lines(Ok("calc", "diff", Mixture, "--wrt", "z"))[0];
        var run = Ok("calc", "sign", derivative, "--assume", "0<w<1, a1>0, a2>0");
        Assert.Equal("positive", Lines(run)[0]);
    }

    [Fact]
    public void Diff_accepts_the_variable_as_a_positional_argument_and_in_turn()
    {
        var first = Lines(Ok("calc", "diff", "x^3*y^2", "x"))[0];
        Near(3 * 4.0 * 9.0, Value(first, ("x", 2), ("y", 3)));
        var mixed = Lines(Ok("calc", "diff", "x^3*y^2", "--wrt", "x, y"))[0];
        Near(6 * 4.0 * 3.0, Value(mixed, ("x", 2), ("y", 3)));
    }

    /// <summary>By hand: the integral of a z^2 + 1 over [0, 1] is a/3 + 1; an antiderivative of 3x^2 + 2x is x^3 + x^2.</summary>
    [Fact]
    public void A_polynomial_is_integrated_between_bounds_or_not()
    {
        var definite = Lines(Ok("calc", "integrate", "a*z^2 + 1", "--wrt", "z", "--from", "0", "--to", "1"))[0];
        foreach (var a in new[] { 0.0, 2.5, -3.0 }) Near(a / 3 + 1, Value(definite, ("a", a)));
        var antiderivative = Lines(Ok("calc", "integrate", "3*x^2 + 2*x"))[0];
        foreach (var x in new[] { 0.0, 1.5, -2.0 }) Near(x * x * x + x * x, Value(antiderivative, ("x", x)));
    }

    [Theory]
    [InlineData("only a polynomial", "exp(x)")]
    [InlineData("--wrt", "x*y")]
    [InlineData("both bounds", "x^2", "--from", "0")]
    public void What_cannot_be_integrated_says_why(string said, params string[] operands)
    {
        var run = CliHarness.Run(["calc", "integrate", .. operands]);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(said, run.Error);
    }

    [Fact]
    public void Diff_without_a_variable_and_several_symbols_asks_which()
    {
        var run = CliHarness.Run("calc", "diff", "x*y");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--wrt", run.Error);
    }

    [Fact]
    public void Expand_multiplies_out()
    {
        var result = Lines(Ok("calc", "expand", "(mu + sigma*z0)^2"))[0];
        Assert.DoesNotContain("(", result);
        Near(Math.Pow(0.5 + 1.5 * -2, 2), Value(result, ("mu", 0.5), ("sigma", 1.5), ("z0", -2)));
    }

    [Fact]
    public void Simplify_uses_the_assumptions()
    {
        Assert.Equal("x", Lines(Ok("calc", "simplify", "sqrt(x^2)", "--assume", "x>=0"))[0]);
    }

    [Fact]
    public void Jacobian_of_the_reparameterization()
    {
        var result = Lines(Ok("calc", "jacobian", "[mu + sigma*z0, sigma]", "--wrt", "mu, sigma"))[0];
        var m = InfixParser.ParseMatrix(result, new SymbolTable());
        Assert.Equal((2, 2), (m.Rows, m.Columns));
        Assert.Equal(["1", "z0", "0", "1"], m.Entries.Select(e => e.ToString()));
    }

    [Fact]
    public void Json_of_diff_has_the_stable_shape_and_a_result_that_reads_back()
    {
        var run = Ok("calc", "diff", "x^3", "--wrt", "x", "--format", "json");
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(["operation", "input", "assumptions", "result"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("diff", root.GetProperty("operation").GetString());
        Near(12, Value(root.GetProperty("result").GetProperty("infix").GetString()!, ("x", 2)));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("result").GetProperty("latex").GetString()));
    }
}
