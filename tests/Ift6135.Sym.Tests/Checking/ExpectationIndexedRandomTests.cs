using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// With entries of z declared random (% random: z_1, z_k), an entry at an index that is no number, z_j, may be one of them: it
/// stays inside an expectation, also inside a sum over j. 1/W with W = sum_j w_j came out of E[w_k / W], and
/// E[w_k / W] = E[w_k] / W was VALID though W depends on z_k (the term j = k).
/// </summary>
public sealed class ExpectationIndexedRandomTests
{
    private const string Weights = "% function: p, q\n% random: z_1, z_k\n"
        + "Let $w_k = \\frac{p(x, z_k)}{q(z_k \\mid x)}$ and $W = \\sum_{j=1}^{K} w_j$.\n";

    private static StepStatus Last(string step) =>
        Checker.CheckText(Weights + "\\[ " + step + " \\]\n", "t.tex").Chains[^1].Steps.Single().Status;

    [Theory]
    [InlineData(@"\mathbb{E}\left[\frac{w_k}{W}\right] = \frac{\mathbb{E}[w_k]}{W}")]
    [InlineData(@"\mathbb{E}\left[\frac{w_k}{\sum_{j=1}^{K} z_j}\right] = \frac{\mathbb{E}[w_k]}{\sum_{j=1}^{K} z_j}")]
    [InlineData(@"\mathbb{E}[z_j] = z_j")]
    public void An_entry_at_a_symbolic_index_is_not_taken_out(string step) =>
        Assert.NotEqual(StepStatus.Valid, Last(step));

    [Theory]
    // A numbered entry not declared random is a constant, as declared; so is another name.
    [InlineData(@"\mathbb{E}[z_2 z_1] = z_2 \mathbb{E}[z_1]")]
    [InlineData(@"\mathbb{E}[y_j z_1] = y_j \mathbb{E}[z_1]")]
    // Question 4.2's hint, once the weights are summed inside one expectation: E[W / W] = 1.
    [InlineData(@"\sum_{k=1}^{K} \mathbb{E}\left[\frac{w_k}{W}\right] = \mathbb{E}\left[\frac{W}{W}\right]")]
    public void What_the_declarations_make_constant_still_comes_out(string step) =>
        Assert.Equal(StepStatus.Valid, Last(step));
}
