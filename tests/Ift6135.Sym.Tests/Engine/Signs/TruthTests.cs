using Ift6135.Sym.Symbolic.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Signs;

public class TruthTests
{
    [Theory]
    [InlineData(Truth.True, Truth.True, Truth.True, Truth.True)]
    [InlineData(Truth.True, Truth.False, Truth.False, Truth.True)]
    [InlineData(Truth.Unknown, Truth.False, Truth.False, Truth.Unknown)]
    [InlineData(Truth.Unknown, Truth.True, Truth.Unknown, Truth.True)]
    [InlineData(Truth.Unknown, Truth.Unknown, Truth.Unknown, Truth.Unknown)]
    public void KleeneTables(Truth a, Truth b, Truth and, Truth or)
    {
        Assert.Equal(and, a.And(b));
        Assert.Equal(and, b.And(a));
        Assert.Equal(or, a.Or(b));
        Assert.Equal(or, b.Or(a));
    }

    [Fact]
    public void NegationKeepsUnknown()
    {
        Assert.Equal(Truth.False, Truth.True.Not());
        Assert.Equal(Truth.True, Truth.False.Not());
        Assert.Equal(Truth.Unknown, Truth.Unknown.Not());
    }
}
