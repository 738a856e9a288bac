using Ift6135.Sym.Checking;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Inline math in prose is read only when it may state a relation; commands are whole words, as TeX
/// reads them, so \left is not \le and \neg is not \ne.
/// </summary>
public sealed class RelationSniffingTests
{
    [Theory]
    [InlineData(@"\left( a, b \right)")]
    [InlineData(@"\leftarrow")]
    [InlineData(@"\lessdot")]
    [InlineData(@"\left\{ x \right\}")]
    [InlineData(@"\neg p")]
    [InlineData(@"\nexists x")]
    [InlineData(@"\geometry")]
    [InlineData(@"x \in A")]
    [InlineData(@"f: X \to Y")]
    [InlineData(@"z \sim \mathcal{N}(0, I)")]
    [InlineData(@"\\le")]
    [InlineData(@"\mathcal{N}(0, I)")]
    public void Not_a_relation(string math) => Assert.False(DerivationChecker.MayHoldRelation(math), math);

    [Theory]
    [InlineData(@"a \le b")]
    [InlineData(@"a \leq b")]
    [InlineData(@"a\leq{}b")]
    [InlineData(@"a \leqslant b")]
    [InlineData(@"a \ge b")]
    [InlineData(@"a \geq b")]
    [InlineData(@"a \ne b")]
    [InlineData(@"a \neq b")]
    [InlineData(@"a \approx b")]
    [InlineData(@"p \implies q")]
    [InlineData(@"p \iff q")]
    [InlineData(@"p \Rightarrow q")]
    [InlineData(@"\left( a \right) \le b")]
    [InlineData(@"a = b")]
    [InlineData(@"a < b")]
    [InlineData(@"a > b")]
    public void A_relation(string math) => Assert.True(DerivationChecker.MayHoldRelation(math), math);

    [Fact]
    public void A_pair_in_prose_is_no_input_error()
    {
        var report = Checker.CheckText("Let $\\left( a, b \\right)$ be a pair and $\\left| x \\right|$ its norm.\n\\[ a + b = b + a \\]\n", "t.tex");
        Assert.Empty(report.Errors);
        Assert.Equal(0, report.ExitCode);
    }

    [Fact]
    public void An_inline_inequality_written_with_left_and_le_is_still_checked()
    {
        var report = Checker.CheckText("We have $\\left( a + 1 \\right) \\le a + 2$.\n", "t.tex");
        var chain = Assert.Single(report.Chains);
        Assert.Equal(Ift6135.Sym.Checking.Reports.StepStatus.Valid, Assert.Single(chain.Steps).Status);
    }
}
