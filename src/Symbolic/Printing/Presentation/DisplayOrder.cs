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
    public static readonly IComparer<Expr> Terms = Comparer<Expr>.Create((a, b) => CompareTerms(new TermKey(a), new TermKey(b)));
    public static readonly IComparer<Expr> Factors = Comparer<Expr>.Create(CompareFactors);

    private static readonly IComparer<TermKey> TermKeys = Comparer<TermKey>.Create(CompareTerms);

    /// <summary>
    /// The terms in the order of <see cref="Terms"/> (a stable sort), each term's degrees worked out once
    /// rather than at every comparison: printing a sum of hundreds of terms spent most of its time there.
    /// </summary>
    public static List<Expr> OrderTerms(IEnumerable<Expr> terms) =>
        terms.Select(t => new TermKey(t)).OrderBy(k => k, TermKeys).Select(k => k.Term).ToList();

    /// <summary>A term with what the order compares: whether it is a number, its total degree, its degree per symbol name (by name).</summary>
    private sealed class TermKey
    {
        public Expr Term { get; }
        public bool IsNumber { get; }
        public BigRational Total { get; }
        public (string Name, BigRational Degree)[] Degrees { get; }

        public TermKey(Expr term)
        {
            Term = term;
            IsNumber = term is Number;
            Degrees = DegreesOf(term);
            Total = BigRational.Zero;
            foreach (var (_, degree) in Degrees) Total += degree;
        }
    }

    /// <summary>The total degree of a term in its symbols (numbers have degree 0).</summary>
    public static BigRational TotalDegree(Expr term) => new TermKey(term).Total;

    private static int CompareTerms(TermKey a, TermKey b)
    {
        var c = a.IsNumber.CompareTo(b.IsNumber);
        if (c != 0) return c;
        c = b.Total.CompareTo(a.Total);
        if (c != 0) return c;
        c = CompareDegrees(a.Degrees, b.Degrees);
        if (c != 0) return c;
        return ExprOrder.Compare(Build.SplitCoefficient(a.Term).Remainder, Build.SplitCoefficient(b.Term).Remainder) is var r && r != 0
            ? r : ExprOrder.Compare(a.Term, b.Term);
    }

    /// <summary>
    /// Name by name over both terms' symbols in ordinal order, the first name whose degrees differ decides, the higher
    /// degree first (a name a term lacks has degree 0). Both lists are sorted by name already, so they are walked
    /// side by side: the sort of a sum compares terms many times, and a merged name list made per comparison showed.
    /// </summary>
    private static int CompareDegrees((string Name, BigRational Degree)[] a, (string Name, BigRational Degree)[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var order = i == a.Length ? 1 : j == b.Length ? -1 : string.CompareOrdinal(a[i].Name, b[j].Name);
            var da = order <= 0 ? a[i++].Degree : BigRational.Zero;
            var db = order >= 0 ? b[j++].Degree : BigRational.Zero;
            var c = db.CompareTo(da);
            if (c != 0) return c;
        }
        return 0;
    }

    /// <summary>
    /// Exponent of each symbol that is a factor of the term (a symbol to a number power counts), by printed name (two symbols
    /// printed alike add up), sorted by name. A term has a few factors: a list scanned per factor, where a dictionary made
    /// per term and a sort by LINQ showed in profiles of solve's printing.
    /// </summary>
    private static (string Name, BigRational Degree)[] DegreesOf(Expr term)
    {
        var factors = term is Product p ? p.Factors : [term];
        var degrees = new List<(string Name, BigRational Degree)>(factors.Count);
        foreach (var f in factors)
        {
            var (symbol, exponent) = f switch
            {
                Symbol s => (s, BigRational.One),
                Power { Base: Symbol s, Exponent: Number n } => (s, n.Value),
                _ => ((Symbol?)null, BigRational.Zero),
            };
            if (symbol is null) continue;
            // The infix printer writes an unindexed symbol as its bare name.
            var key = symbol.IsIndexed ? Printing.InfixPrinter.Print(symbol) : symbol.Name;
            var at = degrees.FindIndex(d => d.Name == key);
            if (at < 0) degrees.Add((key, exponent));
            else degrees[at] = (key, degrees[at].Degree + exponent);
        }
        var sorted = degrees.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return sorted;
    }

    /// <summary>
    /// The factors in the order of <see cref="Factors"/>, ties kept in their given order (as a stable sort keeps them), each
    /// factor's rank worked out once: the rank walks the factor's whole tree, and a sort by <see cref="Factors"/> walks it
    /// at every comparison.
    /// </summary>
    public static Expr[] OrderFactors(IReadOnlyList<Expr> factors)
    {
        var ranks = new int[factors.Count];
        var order = new int[factors.Count];
        for (var i = 0; i < order.Length; i++) (ranks[i], order[i]) = (Rank(factors[i]), i);
        Array.Sort(order, (i, j) => CompareFactors(factors[i], ranks[i], factors[j], ranks[j]) is var c && c != 0 ? c : i.CompareTo(j));
        var sorted = new Expr[order.Length];
        for (var i = 0; i < order.Length; i++) sorted[i] = factors[order[i]];
        return sorted;
    }

    private static int CompareFactors(Expr a, Expr b) => CompareFactors(a, Rank(a), b, Rank(b));

    private static int CompareFactors(Expr a, int rankA, Expr b, int rankB)
    {
        var c = rankA.CompareTo(rankB);
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
