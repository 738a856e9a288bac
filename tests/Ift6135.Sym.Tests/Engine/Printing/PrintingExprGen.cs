using CsCheck;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Parsing;

namespace Ift6135.Sym.Tests.Engine.Printing;

/// <summary>
/// Random canonical expressions over the symbols of one <see cref="SymbolTable"/> (x, y, a positive
/// alpha, mu[i], mu[2]), small rationals, the constants, the known functions, the declared function f
/// and f', exponentials, roots and sums over i. Built only through <see cref="Build"/>.
/// </summary>
public static class PrintingExprGen
{
    public static SymbolTable NewTable()
    {
        var table = new SymbolTable();
        table.Get("x");
        table.Get("y");
        table.Declare("alpha", Symbolic.Assumptions.Facts.Positive);
        table.Get("N");
        table.DeclareFunction("f");
        return table;
    }

    public static Gen<Expr> Expressions(SymbolTable table, int depth = 3)
    {
        // The sum index is k, not i: a sum over i whose body holds the imaginary unit i cannot be written unambiguously.
        var i = table.Index("k");
        var rationals = Gen.Select(Gen.Int[-9, 9], Gen.Int[1, 4], (p, q) => (Expr)Number.Of(new BigRational(p, q)));
        var leaves = Gen.OneOf(
            rationals,
            Gen.OneOf<Expr>(table.Get("x"), table.Get("y"), table.Get("alpha"), Constant.Pi, Constant.E, Constant.I,
                Symbol.Indexed("mu", table.Get("x").Facts, i), Symbol.Indexed("mu", table.Get("x").Facts, 2)));
        return Gen.Recursive<Expr>((level, self) =>
        {
            if (level >= depth) return leaves;
            var pair = Gen.Select(self, self);
            return Gen.Frequency(
                (4, leaves),
                (3, pair.Select(p => Build.Add(p.Item1, p.Item2))),
                (3, pair.Select(p => Build.Mul(p.Item1, p.Item2))),
                (2, pair.Select(p => p.Item2.IsZero ? p.Item1 : Build.Div(p.Item1, p.Item2))),
                (2, Gen.Select(self, Gen.Int[-3, 3], Gen.Int[1, 3], (b, n, d) => b.IsZero ? b : Build.Pow(b, Number.Of(new BigRational(n, d))))),
                (1, pair.Select(p => Build.Pow(p.Item1, p.Item2))),
                (1, self.Select(Build.Exp)),
                (1, self.Select(Build.Neg)),
                (2, Gen.Select(self, Gen.Int[0, 8], Unary)),
                (1, pair.Select(p => Build.Max(p.Item1, p.Item2))),
                (1, pair.Select(p => Build.Atan2(p.Item1, p.Item2))),
                (1, Gen.Select(self, Gen.Int[0, 2], (a, k) => Derivatives(Apply.Of("f", a), k))),
                (1, self.Select(body => Build.IndexedSum(Build.Mul(body, Symbol.Indexed("mu", table.Get("x").Facts, i)), i, 1, table.Get("N")))));
        });
    }

    private static Expr Unary(Expr a, int which) => which switch
    {
        0 => a.IsZero ? a : Build.Log(a),
        1 => Build.Abs(a),
        2 => Build.Sign(a),
        3 => Build.Heaviside(a),
        4 => Build.Sigmoid(a),
        5 => Build.Logit(a),
        6 => Build.Sin(a),
        7 => Build.Cos(a),
        _ => Build.Sqrt(a),
    };

    private static Expr Derivatives(Apply f, int order)
    {
        for (var k = 0; k < order; k++) f = f.Differentiated(0);
        return f;
    }
}
