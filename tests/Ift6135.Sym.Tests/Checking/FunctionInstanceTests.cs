using System.Globalization;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Steps about undefined functions, decided by putting concrete functions for them: refuted by one instance
/// (named in the counterexample), tested, never proved, by several. Verdicts worked out by hand.
/// </summary>
public class FunctionInstanceTests
{
    private static StepReport OnlyStep(string doc)
    {
        var report = Checker.CheckText(doc, "t.tex");
        Assert.Empty(report.Errors);
        return Assert.Single(Assert.Single(report.Chains).Steps);
    }

    /// <summary>
    /// f(a) \ge f(b) fails for some f (f(t) = -t at a = 1, b = 0), so it is refuted; when it holds by what f is (b maximizes f) the
    /// refutation says how to state that. An equation refuted by an instance, f(a) = f(b), gets no such advice (an identity is stated
    /// with % given:, which its own message says).
    /// </summary>
    [Fact]
    public void An_inequality_refuted_by_a_function_instance_says_how_to_state_the_property()
    {
        var inequality = OnlyStep("% function: f\n\\[ f(a) \\ge f(b) \\]\n");
        Assert.Equal(StepStatus.Invalid, inequality.Status);
        Assert.Contains("a property of f stated in words", inequality.Detail);
        var equation = OnlyStep("% function: f\n\\[ f(a) = f(b) \\]\n");
        Assert.Equal(StepStatus.Invalid, equation.Status);
        Assert.Contains("fails for the function", equation.Detail);
        Assert.DoesNotContain("a property of", equation.Detail ?? "");
    }

    /// <summary>
    /// A decorated function of two arguments is shown as written, \mathcal{F}(t, u): it was cal(F)(t[1], t[2]) in the text report
    /// and \operatorname{cal(F)} in the tex one.
    /// </summary>
    [Fact]
    public void ADecoratedFunctionIsShownAsWritten()
    {
        var ce = OnlyStep("% function: \\mathcal{F}\n\\[ \\mathcal{F}(a, b) = \\mathcal{F}(a, b) + 1 \\]").Counterexample!;
        Assert.Equal([@"\mathcal{F}(t, u) = 0"], ce.Functions);
        Assert.Contains(ce.Printed!, p => p.Name == @"\mathcal{F}(t, u)");
    }

    [Fact]
    public void AFunctionEqualToItselfPlusOneIsRefutedByTheZeroFunction()
    {
        // With f ≡ 0 the sides are 0 and 1.
        var step = OnlyStep("% function: f\n\\[ f(x) = f(x) + 1 \\]");
        Assert.Equal(StepStatus.Invalid, step.Status);
        var ce = step.Counterexample!;
        Assert.Equal(["f(t) = 0"], ce.Functions);
        Assert.Equal(("0", "1"), (ce.Left, ce.Right));
        Assert.Contains(ce.Printed!, p => p.Name == "f(t)" && p.Value == "0");
    }

    [Fact]
    public void UndeclaredFIsAProductAndStillRefuted()
    {
        // f(x) without a declaration is f·x: fx = fx + 1 fails everywhere.
        Assert.Equal(StepStatus.Invalid, OnlyStep(@"\[ f(x) = f(x) + 1 \]").Status);
    }

    [Fact]
    public void ARandomInstanceRefutesHomogeneityAndReChecksIndependently()
    {
        // f(2x) = 2 f(x) holds for f ≡ 0 and for linear f, not for a function with a constant or quadratic term.
        var step = OnlyStep("% function: f\n\\[ f(2x) = 2 f(x) \\]");
        Assert.Equal(StepStatus.Invalid, step.Status);
        var ce = step.Counterexample!;
        var definition = Assert.Single(ce.Functions!);
        Assert.StartsWith("f(t) = ", definition);
        Assert.Contains("seed", step.Detail);
        // Re-evaluate the named instance here: parse its body and compute f(2x) and 2 f(x) at the reported x.
        var table = new SymbolTable();
        var body = InfixParser.Parse(definition["f(t) = ".Length..], table);
        var t = table.Get("t");
        var x = ce.Values["x"];
        double F(double at) => Evaluator.EvaluateReal(body, new Dictionary<Symbol, double> { [t] = at });
        Assert.Equal(F(2 * x), double.Parse(ce.Left, CultureInfo.InvariantCulture), 6);
        Assert.Equal(2 * F(x), double.Parse(ce.Right, CultureInfo.InvariantCulture), 6);
        Assert.NotEqual(F(2 * x), 2 * F(x), 6);
    }

    [Theory]
    // d/dx f(x)² = 2 f(x) f'(x): the factor 2 is missing.
    [InlineData(@"\frac{d}{dx} f(x)^2 = f(x) f'(x)")]
    // f''' vanishes on every quadratic, not on the exponential part of the instances.
    [InlineData(@"f'''(x) = 0")]
    // An arbitrary function is not nonnegative.
    [InlineData(@"f(x) \ge 0")]
    // Nor symmetric in its two arguments.
    [InlineData(@"g(x, y) = g(y, x)")]
    public void FalseClaimsAboutFunctionsAreInvalid(string step)
    {
        var report = OnlyStep($"% function: f, g\n\\[ {step} \\]");
        Assert.Equal(StepStatus.Invalid, report.Status);
        Assert.NotEmpty(report.Counterexample!.Functions!);
    }

    [Fact]
    public void AnIdentityForEveryFunctionIsValidNumericallyOverFunctionsWithItsSeeds()
    {
        // log(exp(h)) = h for every real h.
        var step = OnlyStep("% function: h\n\\[ \\log(e^{h(x)}) = h(x) \\]");
        Assert.Equal((StepStatus.Valid, "numeric"), (step.Status, step.Method));
        Assert.Contains("numeric check over functions", step.Detail);
        foreach (var seed in FunctionInstances.Seeds) Assert.Contains(seed.ToString(CultureInfo.InvariantCulture), step.Detail);
    }

    [Fact]
    public void InequalitiesAreNeverMadeValidByInstances()
    {
        // True for every f, but a finite family of bounded instances proves no inequality: not valid by instances.
        var step = OnlyStep("% function: f\n\\[ f(x)^2 + 1 > f(x)^2 - 1000 \\]");
        Assert.NotEqual(StepStatus.Invalid, step.Status);
        Assert.DoesNotContain("over functions", step.Detail ?? "");
    }

    [Fact]
    public void ExpectationsAndConstrainedDensitiesAreNotInstantiated()
    {
        // E is linear, not an arbitrary function: E[f(z)²] = E[f(z)]² can be neither proved nor refuted here.
        var moment = OnlyStep("% function: f\n\\[ \\mathbb{E}_{q}[f(z)^2] = \\mathbb{E}_{q}[f(z)]^2 \\]");
        Assert.Equal(StepStatus.Unknown, moment.Status);
        // p(x) and p(x, z) are a marginal and a joint density: not two arbitrary functions.
        var marginal = OnlyStep("% function: p\n\\[ p(x, z) = p(x) \\]");
        Assert.Equal(StepStatus.Unknown, marginal.Status);
    }
}
