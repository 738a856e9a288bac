using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>The size measure the simplifier minimizes: the number of nodes of the tree.</summary>
public static class Size
{
    public static int Of(Expr e)
    {
        var n = 1;
        foreach (var a in e.Args) n += Of(a);
        return n;
    }
}
