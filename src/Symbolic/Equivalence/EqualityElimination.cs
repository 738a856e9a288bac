using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// Turns equality assumptions (w1 + w2 + w3 = 1) into substitutions (w3 = 1 - w1 - w2) by solving
/// each for a symbol it contains linearly, so that sampled points satisfy them exactly.
/// A small private solver; the solving lane's Solver.SolveLinearSystem could replace it.
/// </summary>
internal static class EqualityElimination
{
    /// <summary>The substitutions (each in terms of unsolved symbols only), or the first equality it could not solve.</summary>
    public static (IReadOnlyDictionary<Symbol, Expr> Solved, Relation? Unsolvable) Solve(IEnumerable<Relation> equalities)
    {
        var solved = new Dictionary<Symbol, Expr>();
        foreach (var eq in equalities)
        {
            var d = SymbolicPasses.ExpandBounded(Substitute(Build.Sub(eq.Left, eq.Right), solved));
            if (d.IsZero) continue;                                   // implied by the earlier ones
            if (SolveFor(d) is not var (symbol, value)) return (solved, eq);
            foreach (var key in solved.Keys.ToList())
                solved[key] = Substitute(solved[key], new Dictionary<Symbol, Expr> { [symbol] = value });
            solved[symbol] = value;
        }
        return (solved, null);
    }

    public static Expr Substitute(Expr e, IReadOnlyDictionary<Symbol, Expr> map) =>
        map.Count == 0 ? e : Substitution.Substitute(e, map.ToDictionary(kv => (Expr)kv.Key, kv => kv.Value));

    /// <summary>Solves d = 0 for a symbol with a numeric coefficient if there is one (the last in canonical order), else any linear one.</summary>
    private static (Symbol, Expr)? SolveFor(Expr d)
    {
        (Symbol, Expr)? fallback = null;
        foreach (var s in Substitution.FreeSymbols(d).Reverse())
        {
            if (LinearCoefficient(d, s) is not var (coefficient, rest)) continue;
            var value = Build.Div(Build.Neg(rest), coefficient);
            if (coefficient is Number) return (s, value);
            fallback ??= (s, value);
        }
        return fallback ?? SolveForAbsolute(d);
    }

    /// <summary>
    /// |s| = v, as c |s| + rest = 0 with v = -rest / c nonnegative by its signs (a unit vector's norm, \|\tilde{z}\| = 1, read for a
    /// scalar): s = v sign(u) with u a fresh symbol, so that the sampled points take both roots, s = v and s = -v. Only one of them would
    /// let a claim true for that one pass (s = 1 under |s| = 1); u is nonzero, or s = 0 would be drawn. The assumption was "no symbol
    /// appears linearly" and every step unknown.
    /// </summary>
    private static (Symbol, Expr)? SolveForAbsolute(Expr d)
    {
        var terms = d is Sum sum ? sum.Terms : [d];
        foreach (var t in terms)
        {
            var (c, rest) = Build.SplitCoefficient(t);
            if (rest is not Function { Which: FunctionKind.Abs, Argument: Symbol s }) continue;
            var others = Build.Add(terms.Where(o => !ReferenceEquals(o, t)).ToArray());
            if (others.Contains(s)) continue;
            var value = Build.Div(Build.Neg(others), Number.Of(c));
            if (!SignOf.Get(value).IsNonnegative()) continue;
            return (s, Build.Mul(value, Build.Sign(Symbol.Of("sign·" + s.Name, Facts.Real | Facts.Nonzero))));
        }
        return null;
    }

    /// <summary>d = coefficient·s + rest with neither part containing s, or null.</summary>
    private static (Expr Coefficient, Expr Remainder)? LinearCoefficient(Expr d, Symbol s)
    {
        var terms = d is Sum sum ? sum.Terms : [d];
        var coefficient = new List<Expr>();
        var rest = new List<Expr>();
        foreach (var t in terms)
        {
            if (!t.Contains(s)) { rest.Add(t); continue; }
            var c = Build.Div(t, s);
            if (c.Contains(s)) return null;
            coefficient.Add(c);
        }
        if (coefficient.Count == 0) return null;
        var total = Build.Add(coefficient);
        return total.IsZero ? null : (total, Build.Add(rest));
    }
}
