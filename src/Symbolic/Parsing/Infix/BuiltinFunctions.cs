using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Parsing.Infix;

/// <summary>The functions the infix syntax knows by name, with their arities.</summary>
internal static class BuiltinFunctions
{
    private static readonly Dictionary<string, (int Min, int Max, Func<IReadOnlyList<Expr>, Expr> Make)> Table = new(StringComparer.Ordinal)
    {
        ["exp"] = (1, 1, a => Build.Exp(a[0])),
        ["log"] = (1, 1, a => Build.Log(a[0])),
        ["ln"] = (1, 1, a => Build.Log(a[0])),
        ["sqrt"] = (1, 1, a => Build.Sqrt(a[0])),
        ["abs"] = (1, 1, a => Build.Abs(a[0])),
        ["sign"] = (1, 1, a => Build.Sign(a[0])),
        ["relu"] = (1, 1, a => Build.Relu(a[0])),
        ["heaviside"] = (1, 1, a => Build.Heaviside(a[0])),
        ["sigmoid"] = (1, 1, a => Build.Sigmoid(a[0])),
        ["logit"] = (1, 1, a => Build.Logit(a[0])),
        ["sin"] = (1, 1, a => Build.Sin(a[0])),
        ["cos"] = (1, 1, a => Build.Cos(a[0])),
        ["tanh"] = (1, 1, a => Build.Tanh(a[0])),
        ["sinh"] = (1, 1, a => Build.Sinh(a[0])),
        ["cosh"] = (1, 1, a => Build.Cosh(a[0])),
        ["atan2"] = (2, 2, a => Build.Atan2(a[0], a[1])),
        ["max"] = (1, int.MaxValue, a => Build.Max(a)),
        ["min"] = (1, int.MaxValue, a => Build.Min(a)),
    };

    public static bool IsKnown(string name) => Table.ContainsKey(name);

    /// <summary>The function applied, or null when the number of arguments is wrong.</summary>
    public static Expr? Apply(string name, IReadOnlyList<Expr> args)
    {
        var (min, max, make) = Table[name];
        return args.Count < min || args.Count > max ? null : make(args);
    }

    public static string ArityMessage(string name, int got)
    {
        var (min, max, _) = Table[name];
        var expected = min == max ? $"{min} argument{(min == 1 ? "" : "s")}" : $"at least {min} argument{(min == 1 ? "" : "s")}";
        return $"{name} takes {expected}, got {got}";
    }
}
