using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Printing.Presentation;

/// <summary>
/// The order in which printers show terms and factors; independent of the canonical storage order.
/// Terms: descending total degree in the symbols (x^2 + 2x + 1), then graded-lexicographic by
/// symbol name (x^2 + xy + y^2), plain numbers last; ties fall back to the canonical order so the
/// result is deterministic. Factors: numeric constants, then symbols by name, then functions,
/// exponentials and parenthesized sums.
/// </summary>
public static class DisplayOrder
{
    public static readonly IComparer<Expr> Terms = Comparer<Expr>.Create(CompareTerms);
    public static readonly IComparer<Expr> Factors = Comparer<Expr>.Create(CompareFactors);

    private static int CompareTerms(Expr a, Expr b)
    {
        var c = (a is Number).CompareTo(b is Number);
        if (c != 0) return c;
        var da = Degrees(a);
        var db = Degrees(b);
        c = Total(db).CompareTo(Total(da));
        if (c != 0) return c;
        foreach (var name in da.Keys.Union(db.Keys).Order(StringComparer.Ordinal))
        {
            c = db.GetValueOrDefault(name, BigRational.Zero).CompareTo(da.GetValueOrDefault(name, BigRational.Zero));
            if (c != 0) return c;
        }
        return ExprOrder.Compare(Build.SplitCoefficient(a).Remainder, Build.SplitCoefficient(b).Remainder) is var r && r != 0
            ? r : ExprOrder.Compare(a, b);
    }

    private static BigRational Total(Dictionary<string, BigRational> degrees) =>
        degrees.Values.Aggregate(BigRational.Zero, (s, d) => s + d);

    /// <summary>Exponent of each symbol that is a factor of the term (a symbol to a number power counts).</summary>
    private static Dictionary<string, BigRational> Degrees(Expr term)
    {
        var degrees = new Dictionary<string, BigRational>(StringComparer.Ordinal);
        var factors = term is Product p ? p.Factors : [term];
        foreach (var f in factors)
        {
            var (symbol, exponent) = f switch
            {
                Symbol s => (s, BigRational.One),
                Power { Base: Symbol s, Exponent: Number n } => (s, n.Value),
                _ => ((Symbol?)null, BigRational.Zero),
            };
            if (symbol is null) continue;
            var key = Printing.InfixPrinter.Print(symbol);
            degrees[key] = degrees.GetValueOrDefault(key, BigRational.Zero) + exponent;
        }
        return degrees;
    }

    private static int CompareFactors(Expr a, Expr b)
    {
        var c = Rank(a).CompareTo(Rank(b));
        if (c != 0) return c;
        if (SymbolBase(a) is { } sa && SymbolBase(b) is { } sb)
        {
            c = string.CompareOrdinal(sa.Name, sb.Name);
            if (c != 0) return c;
        }
        return ExprOrder.Compare(a, b);
    }

    private static Symbol? SymbolBase(Expr f) => f switch
    {
        Symbol s => s,
        Power { Base: Symbol s } => s,
        _ => null,
    };

    private static int Rank(Expr f) => f switch
    {
        // The imaginary unit goes last, as one writes 2 alpha i.
        Constant { Which: ConstantKind.I } => 5,
        _ when !f.Descendants().Any(d => d is Symbol) && f is not Power { Base: Constant { Which: ConstantKind.E } } => 0,
        Symbol or Power { Base: Symbol } => 1,
        Power { Base: Constant { Which: ConstantKind.E } } => 3,
        Sum or Power { Base: Sum } => 4,
        _ => 2,
    };
}
