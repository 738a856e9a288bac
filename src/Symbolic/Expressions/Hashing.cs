namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// Deterministic hashing. System.HashCode and string.GetHashCode are seeded per process;
/// ours are not, so that anything that ever depends on a hash behaves the same in every run.
/// </summary>
internal static class Hashing
{
    public static int Mix(int h, int value) => unchecked((int)((uint)(h ^ value) * 16777619u) + 0x3c6ef372);

    public static int Of(string text)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in text) h = (h ^ c) * 16777619;
            return h;
        }
    }

    public static int Of(ExprKind kind, IReadOnlyList<Expr> args, int seed = 0)
    {
        var h = Mix((int)kind * 7919 + 17, seed);
        foreach (var a in args) h = Mix(h, a.GetHashCode());
        return h;
    }
}
