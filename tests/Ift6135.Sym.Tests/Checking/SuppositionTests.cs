using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// "Suppose $b > 0$." in prose: the steps after it in its paragraph are read under it. By hand max(0, -b) = 0 exactly when b >= 0, and
/// max(0, b) = 0 exactly when b &lt;= 0: under b > 0 the first holds, with b free it is refuted at b &lt; 0.
/// </summary>
public sealed class SuppositionTests
{
    private static StepStatus LastVerdict(string doc) => Checker.CheckText(doc, "t.tex").Chains.SelectMany(c => c.Steps).Last().Status;

    [Theory]
    [InlineData("Suppose $b > 0$. Then $\\max(0, -b) = 0$.", StepStatus.Valid)]
    [InlineData("Suppose $b > 0$. Then\n\\begin{align*}\na \\max(0, -b) &= a \\cdot 0 \\\\\n&= 0\n\\end{align*}\n", StepStatus.Valid)]
    [InlineData("Assume $b > 0$.\nThe rest of the paragraph: $\\max(0, -b) = 0$.", StepStatus.Valid)]
    // A blank line ends the paragraph and the supposition with it.
    [InlineData("Suppose $b > 0$.\n\nThen $\\max(0, -b) = 0$.", StepStatus.Invalid)]
    // A new case about the same name ends it: under b > 0 and b < 0 together nothing would be decided.
    [InlineData("Suppose $b > 0$. Then $\\max(0, -b) = 0$. If $b < 0$, then $\\max(0, b) = 0$.", StepStatus.Valid)]
    [InlineData("Suppose $b > 0$. Now suppose $b < 0$. Then $\\max(0, b) = 0$.", StepStatus.Valid)]
    [InlineData("Suppose $b > 0$. Now suppose $b < 0$. Then $\\max(0, -b) = 0$.", StepStatus.Invalid)]
    // A condition about other names keeps it: z <= -c/b with b > 0 gives bz + c <= 0.
    [InlineData("Suppose $b > 0$. For every $z \\le -c/b$ we have $bz + c \\le 0$.", StepStatus.Valid)]
    // "assuming" is a sentence's premise, not a supposition for what follows.
    [InlineData("Assuming $b > 0$, $\\max(0, -b) = 0$. Also $\\max(0, -b) = 0$.", StepStatus.Invalid)]
    // "Let" and "Take" with an inequality suppose it (5.3: "Let $z_1 < z_2$." then the mean value theorem, refuted at z_2 < z_1); with an
    // equation they name a value. By hand: z_2 - z_1 > 0 under z_1 < z_2, and x^3 > 1 under x > 1; x^3 > 8 fails at x = 1.5.
    [InlineData("Let $z_1 < z_2$. Then $z_2 - z_1 > 0$.", StepStatus.Valid)]
    [InlineData("Take $x > 1$.\n\\[ x^3 > 1 \\]", StepStatus.Valid)]
    [InlineData("Take $x > 1$.\n\\[ x^3 > 8 \\]", StepStatus.Invalid)]
    [InlineData("Let $x = 2$. Then $y^2 \\ge 0$.", StepStatus.Valid)]
    public void A_supposition_holds_for_the_rest_of_its_paragraph(string text, StepStatus last) =>
        Assert.Equal(last, LastVerdict(text + "\n"));

    [Fact]
    public void A_supposition_ends_with_its_answer()
    {
        const string doc = "\\begin{answer}{q5.1}\nSuppose $b > 0$. Then $\\max(0, -b) = 0$.\n\\end{answer}\n\\begin{answer}{q5.2}\nHere $\\max(0, -b) = 0$.\n\\end{answer}\n";
        var steps = Checker.CheckText(doc, "t.tex").Chains.SelectMany(c => c.Steps).ToList();
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Invalid], steps.Select(s => s.Status));
        Assert.Contains("assume it", steps[0].Detail);
    }

    // A supposition no point can be drawn under (g(z_1) = g(z_2) with f free) does not make unknown a step that holds for every value:
    // 1 + f'(c) > 0 by the hypothesis f' > -1 at every argument, c included.
    [Fact]
    public void A_step_that_holds_without_the_supposition_holds_under_it()
    {
        const string doc = "% function: f\n% assume: f'(z) > -1\nLet $g(z) := z + f(z)$. Suppose $g(z_1) = g(z_2)$ with $z_1 < z_2$. Then $1 + f'(c) > 0$.\n";
        Assert.Equal(StepStatus.Valid, LastVerdict(doc));
    }

    // 5.1 takes z_1 = 1 and z_2 = 2; 5.3 supposes z_1 > z_2 for its own z_1, z_2. Read through 5.1's values the supposition 1 > 2 left no
    // point and the step unknown; by hand z_1 > z_2 gives z_1 - z_2 > 0.
    [Fact]
    public void A_name_an_earlier_answer_defined_is_a_variable_again_when_a_condition_introduces_it()
    {
        const string doc = "\\begin{answer}{q5.1}\nTake $z_1 = 1$ and $z_2 = 2$.\n\\end{answer}\n\\begin{answer}{q5.3}\nSuppose $z_1 > z_2$. Then $z_1 - z_2 > 0$.\n\\end{answer}\n";
        Assert.Equal(StepStatus.Valid, LastVerdict(doc));
    }
}
