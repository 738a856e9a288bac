using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// \partial_d V(d_k, g_k) and \nabla_d V(d_k, g_k), the partial derivative in the variable below, read as \frac{\partial V}{\partial d}(d_k, g_k);
/// \partial_x f without arguments as \frac{\partial f}{\partial x}. By hand, for V(d, g) = d g: \partial_d V = g and \partial_g V = d. Both forms
/// were input errors in a gradient step of question 6.1.
/// </summary>
public sealed class SubscriptedPartialTests
{
    private static StepStatus Verdict(string step) =>
        Checker.CheckText($"% given: V(d, g) = d g\n\\[ {step} \\]\n", "t.tex").Chains.Single().Steps.Single().Status;

    [Theory]
    [InlineData(@"\partial_d V(d_k, g_k) = g_k", StepStatus.Valid)]
    [InlineData(@"\nabla_g V(d_k, g_k) = d_k", StepStatus.Valid)]
    [InlineData(@"\partial_{g} V(1, 2) = 1", StepStatus.Valid)]
    [InlineData(@"\partial_d V(d_k, g_k) = d_k", StepStatus.Invalid)]
    [InlineData(@"\partial_x (x^3 + y x) = 3x^2 + y", StepStatus.Valid)]
    [InlineData(@"\partial_y (x^3 + y x) = 3x^2", StepStatus.Invalid)]
    public void A_partial_derivative_written_with_its_variable_below_is_read(string step, StepStatus expected) =>
        Assert.Equal(expected, Verdict(step));

    [Fact]
    public void A_gradient_without_its_variable_is_still_an_input_error_that_says_so()
    {
        var report = Checker.CheckText("\\[ \\nabla f = 0 \\]\n", "t.tex");
        Assert.Contains(report.Errors, e => e.Message.Contains("nabla", StringComparison.Ordinal));
    }
}
