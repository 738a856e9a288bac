using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Calculus;

/// <summary>One differentiation in one symbol, remembering the derivative of each sub-expression it has seen.</summary>
internal sealed class Differentiator(Symbol x)
{
    private readonly Dictionary<Expr, Expr> memo = [];

    public Expr Derive(Expr e)
    {
        if (!Differentiation.DependsOn(e, x)) return Number.Zero;
        if (memo.TryGetValue(e, out var known)) return known;
        var d = e switch
        {
            Symbol => Number.One,                       // DependsOn(e) and e is a symbol: e is x
            Sum s => Build.Add(s.Terms.Select(Derive).ToArray()),
            Product p => OfProduct(p),
            Power p => OfPower(p),
            Function f => FunctionRules.Derive(f, Derive),
            Apply a => OfApply(a),
            IndexedSum s => OfIndexedSum(s),
            _ => throw new NotSupportedException($"Cannot differentiate a {e.Kind} node: {e}"),
        };
        memo[e] = d;
        return d;
    }

    /// <summary>(f1 f2 ... fn)' = sum over i of f1 ... fi' ... fn, skipping the factors free of x.</summary>
    private Expr OfProduct(Product p)
    {
        var factors = p.Factors;
        var terms = new List<Expr>();
        for (var i = 0; i < factors.Count; i++)
        {
            var di = Derive(factors[i]);
            if (di.IsZero) continue;
            var others = new Expr[factors.Count];
            for (var j = 0; j < factors.Count; j++) others[j] = j == i ? di : factors[j];
            terms.Add(Build.Mul(others));
        }
        return Build.Add(terms);
    }

    private Expr OfPower(Power p)
    {
        var b = p.Base;
        var e = p.Exponent;
        var db = Derive(b);
        var de = Derive(e);
        if (de.IsZero) return Build.Mul(e, Build.Pow(b, Build.Sub(e, Number.One)), db);      // power rule
        if (b is Constant { Which: ConstantKind.E }) return Build.Mul(p, de);                // (e^u)' = e^u u'
        if (db.IsZero) return Build.Mul(p, Build.Log(b), de);                                 // (c^u)' = c^u log(c) u'
        // b^e = e^(e log b), so (b^e)' = b^e (e' log b + e b'/b).
        return Build.Mul(p, Build.Add(Build.Mul(de, Build.Log(b)), Build.Mul(e, db, Build.Pow(b, Number.MinusOne))));
    }

    /// <summary>f(g1, ..., gn)' = sum over k of (d_k f)(g1, ..., gn) gk'.</summary>
    private Expr OfApply(Apply a)
    {
        var terms = new List<Expr>();
        for (var k = 0; k < a.Arguments.Count; k++)
        {
            var dk = Derive(a.Arguments[k]);
            if (!dk.IsZero) terms.Add(Build.Mul(a.Differentiated(k), dk));
        }
        return Build.Add(terms);
    }

    private Expr OfIndexedSum(IndexedSum s)
    {
        if (Differentiation.DependsOn(s.Lower, x) || Differentiation.DependsOn(s.Upper, x))
            throw new NotSupportedException($"Cannot differentiate the sum {s} in {x}: its bounds depend on {x}.");
        if (s.Index.Equals(x)) return Number.Zero;                 // x is bound inside: the sum does not depend on it
        return Build.IndexedSum(Derive(s.Body), s.Index, s.Lower, s.Upper);
    }
}
