using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Definitions used as students use them, in Question 5's derivations: on the next line of the same align, as the variable
/// of a derivative, and written alone. Verdicts worked out by hand.
/// </summary>
public sealed class DefinitionUseTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private static StepStatus[] Statuses(CheckReport r) => r.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToArray();

    [Fact]
    public void A_function_defined_on_one_line_of_an_align_is_a_function_on_the_next()
    {
        // g'(z) parses only once g is a function: the line is read after the definition before it is taken in.
        var doc = "% function: f\n\\begin{align*}\ng(z) &:= z + f(z) \\\\\ng'(z) &= 1 + f'(z) \\\\\ng(2) &= 2 + f(3)\n\\end{align*}\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        // g(2) = 2 + f(2), not 2 + f(3): refuted by an instance of f.
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
    }

    [Fact]
    public void A_definition_on_the_line_before_is_substituted_on_the_next()
    {
        var doc = "\\begin{align*}\nh &:= a + 1 \\\\\n2h &= 2a + 2 \\\\\nh &= a\n\\end{align*}\n";
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid], Statuses(Run(doc)));
    }

    [Fact]
    public void A_defined_name_is_the_variable_of_its_own_derivative()
    {
        // Radial flow: r := |z - z_0|; d/dr (r + βr/(α + r)) = 1 + αβ/(α + r)², read with r the variable, then r put in.
        var doc = "% assume: \\alpha > 0\n\\[ r := |z - z_0| \\]\n"
            + "\\[ \\frac{d}{dr}\\left( r + \\frac{\\beta r}{\\alpha + r} \\right) = 1 + \\frac{\\alpha \\beta}{(\\alpha + r)^2} \\]\n"
            + "\\[ \\frac{d}{dr}\\left( r + \\frac{\\beta r}{\\alpha + r} \\right) = 1 + \\frac{\\beta}{(\\alpha + r)^2} \\]\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
    }

    [Fact]
    public void A_function_defined_by_a_pattern_and_written_alone_is_an_error_naming_its_argument()
    {
        // u (1 - u) with u a function would be a call: the checker asks for u(z) rather than guess the product.
        var doc = "\\[ u(z) := 2z \\]\n\\[ \\frac{1}{u (1 - u)} = 1 \\]\n";
        var report = Run(doc);
        var error = Assert.Single(report.Errors);
        Assert.Contains("u is defined as a function, u(z)", error.Message);
        // Under a derivative the bare name is the body in its parameters: du/dz = 2.
        Assert.Equal([StepStatus.Definition, StepStatus.Valid], Statuses(Run("\\[ u(z) := 2z \\]\n\\[ \\frac{du}{dz} = 2 \\]\n")));
    }
}
