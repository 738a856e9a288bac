using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

public sealed class ChainLayoutTests
{
    [Fact]
    public void ShortChainKeepsItsStartOnTheFirstLine() => Assert.False(ChainLayout.StartAlone(@"\alpha^{2} + 1", [@"(\alpha + 1)^{2} - 2\alpha"]));

    [Fact]
    public void WideChainPutsItsStartAlone()
    {
        var wide = string.Join(" + ", Enumerable.Range(1, 30).Select(i => $"x_{{{i}}}"));
        Assert.True(ChainLayout.StartAlone(wide, ["y"]));
    }

    [Fact]
    public void CommandsCountAsOneGlyph() => Assert.Equal(3, ChainLayout.Width(@"\alpha \beta \gamma"));
}
