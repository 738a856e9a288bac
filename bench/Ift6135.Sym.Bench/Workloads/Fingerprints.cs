using System.Globalization;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Bench.Workloads;

/// <summary>Short, engine-independent summaries of results; bench/reference/engine.py prints the same ones.</summary>
public static class Fingerprints
{
    public static string TermCount(object result) => result is Sum s ? $"terms={s.Terms.Count}" : "terms=1";

    public static string FactorCount(object result) => result is Product p ? $"factors={p.Factors.Count}" : "factors=1";

    /// <summary>A real number to 9 significant digits, enough to see agreement without rounding noise.</summary>
    public static string Real(double x) => "value=" + x.ToString("G9", CultureInfo.InvariantCulture);

    public static string Exact(Expr e) => "exact=" + e;
}
