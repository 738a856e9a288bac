using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Question 6.2 as students write it: "$\nabla V = (g, d) = 0$ gives ..", "so $d = g = 0$". \nabla V of a V defined with named
/// parameters is the column of its partial derivatives (it was an input error); a 0 beside a vector is the zero vector (the equation
/// "(g, d) = 0" compared a column with a scalar); and "d = g = 0" gives each name the value 0 (read as d := g it did not solve the
/// equation and was refuted). By hand, for V(d, g) = d g: \nabla V = (g, d), \nabla V(1, 2) = (2, 1); (g, d) = 0 holds only at d = g = 0;
/// (g, d - 1) = 0 only at d = 1, g = 0.
/// </summary>
public sealed class GradientTests
{
    private const string Value = "% given: V(d, g) = d g\n";

    private static CheckReport Run(string text) => Checker.CheckText(Value + text + "\n", "t.tex");

    private static StepStatus[] Statuses(CheckReport report) =>
        report.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToArray();

    [Theory]
    [InlineData(@"\nabla V = (g, d)", StepStatus.Valid)]
    [InlineData(@"\nabla V(d, g) = \begin{pmatrix} g \\ d \end{pmatrix}", StepStatus.Valid)]
    [InlineData(@"\nabla V(1, 2) = (2, 1)", StepStatus.Valid)]
    [InlineData(@"\nabla V = (d, g)", StepStatus.Invalid)]
    [InlineData(@"\nabla V(1, 2) = (1, 2)", StepStatus.Invalid)]
    public void The_gradient_of_a_defined_function_is_the_column_of_its_partials(string step, StepStatus expected) =>
        Assert.Equal([expected], Statuses(Run($"\\[ {step} \\]")));

    [Theory]
    [InlineData(@"\[ \nabla f = 0 \]", "f has no definition naming its variables")]
    [InlineData(@"\[ \nabla V(1) = 0 \]", "the 2 arguments of V after \\nabla V")]
    public void A_gradient_whose_variables_are_unknown_is_an_input_error_that_says_why(string text, string message) =>
        Assert.Contains(Run(text).Errors, e => e.Message.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void The_stationary_point_from_the_gradient_set_to_zero()
    {
        var report = Run("$\\nabla V = (g, d) = 0$, so $d = g = 0$.");
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Valid, StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid], Statuses(report));
    }

    [Theory]
    [InlineData("$(g, d - 1) = 0$, so $d = g = 0$.", StepStatus.Invalid)]
    [InlineData("$(g, d) = 0$, so $d = g = 1$.", StepStatus.Invalid)]
    [InlineData("$(g, d - 1) = 0$, so $(d, g) = (1, 0)$.", StepStatus.Valid)]
    [InlineData("$(g, d) = 0$, so $d = g = 0$.", StepStatus.Valid)]
    public void Names_written_equal_to_one_value_each_take_it(string text, StepStatus expected) =>
        Assert.Equal(expected, Run(text).Chains[^1].Steps[^1].Status);
}
