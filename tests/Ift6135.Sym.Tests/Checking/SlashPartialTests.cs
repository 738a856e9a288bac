using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// \partial V / \partial d written inline, read as \frac{\partial V}{\partial d}: a gradient step of 6.1 written this way
/// ("The gradients are $\partial V / \partial d = g$ and ...") was an input error, "∂ only inside a derivative". By hand, for
/// V(d, g) = d g: ∂V/∂d = g, ∂V/∂g = d, ∂²V/∂d∂g = 1; ∂(x² y)/∂x = 2xy; ∂²(x³)/∂x² = 6x.
/// </summary>
public sealed class SlashPartialTests
{
    private static CheckReport Check(string step) => Checker.CheckText($"% given: V(d, g) = d g\n% function: f\n\\[ {step} \\]\n", "t.tex");

    private static StepStatus Verdict(string step) => Check(step).Chains.Single().Steps.Single().Status;

    [Theory]
    [InlineData(@"\partial V / \partial d = g", StepStatus.Valid)]
    [InlineData(@"\partial V / \partial g = d", StepStatus.Valid)]
    [InlineData(@"\partial V / \partial d = d", StepStatus.Invalid)]
    [InlineData(@"\partial V / \partial d (d_k, g_k) = g_k", StepStatus.Valid)]
    [InlineData(@"\partial^2 V / \partial d \partial g = 1", StepStatus.Valid)]
    [InlineData(@"\partial (x^2 y) / \partial x = 2 x y", StepStatus.Valid)]
    [InlineData(@"\partial (x^2 y) / \partial y = 2 x y", StepStatus.Invalid)]
    [InlineData(@"\partial^2 (x^3) / \partial x^2 = 6 x", StepStatus.Valid)]
    [InlineData(@"\partial f(x) / \partial x = f'(x)", StepStatus.Valid)]
    [InlineData(@"2 \partial V / \partial d = 2 g", StepStatus.Valid)]
    public void A_partial_derivative_written_with_a_slash_is_read(string step, StepStatus expected) =>
        Assert.Equal(expected, Verdict(step));

    [Theory]
    [InlineData(@"\partial V / \partial 2 = g", "a variable after each \\partial below the slash")]
    [InlineData(@"\partial V / \partial = g", "a variable after each \\partial below the slash")]
    [InlineData(@"\partial^2 V / \partial d = g", "the same order above and below the derivative (found 2 and 1)")]
    [InlineData(@"\partial V / 2 = g", "∂ only inside a derivative")]
    public void A_slash_that_is_no_derivative_is_an_input_error_that_says_why(string step, string message) =>
        Assert.Contains(Check(step).Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
}
