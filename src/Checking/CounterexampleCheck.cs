using System.Globalization;
using System.Numerics;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Checking;

/// <summary>
/// Re-evaluates a proposed counterexample with the reference evaluator, independently of whatever
/// found it: a step is reported invalid only when, at that point, the relation visibly fails.
/// </summary>
public static class CounterexampleCheck
{
    public sealed record Values(Complex Left, Complex Right);

    /// <summary>The two sides' values when the relation fails at the point; null when it holds or cannot be evaluated there.</summary>
    public static Values? Confirm(Relation relation, IReadOnlyDictionary<Symbol, double> point)
    {
        Complex l, r;
        try
        {
            var p = point.ToDictionary(kv => kv.Key, kv => new Complex(kv.Value, 0));
            l = Evaluator.Evaluate(relation.Left, p);
            r = Evaluator.Evaluate(relation.Right, p);
        }
        catch (Exception e) when (e is NotSupportedException or KeyNotFoundException or ArgumentException or OverflowException)
        {
            return null;
        }
        if (!Finite(l) || !Finite(r)) return null;
        var scale = Math.Max(1, Math.Max(Complex.Abs(l), Complex.Abs(r)));
        var equal = Complex.Abs(l - r) <= 1e-7 * scale;
        var real = Math.Abs(l.Imaginary) <= 1e-9 * scale && Math.Abs(r.Imaginary) <= 1e-9 * scale;
        var fails = relation.Kind switch
        {
            RelationKind.Equal => !equal,
            RelationKind.NotEqual => equal,
            _ when !real => false,
            RelationKind.Less => !(l.Real < r.Real) && !equal || equal,
            RelationKind.LessOrEqual => l.Real > r.Real && !equal,
            RelationKind.Greater => !(l.Real > r.Real) && !equal || equal,
            _ => l.Real < r.Real && !equal,
        };
        return fails ? new Values(l, r) : null;
    }

    /// <summary>
    /// The values a counterexample shows: those of the symbols the step names (x_1 for a sum over x_k). The symbols of an
    /// assumption about other answers (α > 0 written for question 6) are drawn too, to honour it, but say nothing of this step.
    /// </summary>
    public static IReadOnlyDictionary<Symbol, double> OfStep(IReadOnlyDictionary<Symbol, double> point, Relation relation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Expr>([relation.Left, relation.Right]);
        while (pending.TryPop(out var e))
        {
            if (e is Symbol s) names.Add(s.Name);
            foreach (var a in e.Args) pending.Push(a);
        }
        return point.Where(kv => names.Contains(kv.Key.Name)).ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    private static bool Finite(Complex z) => double.IsFinite(z.Real) && double.IsFinite(z.Imaginary);

    /// <summary>The report of a counterexample: the point's values and the sides' values, as text and as LaTeX printed by the engine.</summary>
    public static CounterexampleReport Report(IReadOnlyDictionary<Symbol, double> point, Complex left, IReadOnlyList<Complex> right, bool rightIsSet = false)
    {
        var ordered = point.OrderBy(kv => kv.Key.ToString(), StringComparer.Ordinal).ToList();
        var shown = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (symbol, value) in ordered)
        {
            // Two symbols may print alike (one name read with other facts): each value is kept, a later one numbered.
            var name = symbol.ToString();
            for (var n = 2; !shown.TryAdd(name, value) && shown[name] != value; n++) name = $"{symbol} #{n}";
        }
        var printed = ordered.Select(kv => new PrintedValue(Symbolic.Printing.LatexPrinter.Print(kv.Key), Latex(new Complex(kv.Value, 0)), kv.Value)).ToList();
        string Join(Func<Complex, string> show, string open, string close, string separator) =>
            rightIsSet ? open + string.Join(separator, right.Select(show)) + close : show(right[0]);
        return new CounterexampleReport(shown, Show(left), Join(Show, "{", "}", ", "), printed, Latex(left), Join(Latex, @"\{", @"\}", @",\ "));
    }

    /// <summary>A value in LaTeX: 1.25, -3 \times 10^{-8}, 0.5 + 2i.</summary>
    public static string Latex(Complex z)
    {
        static string F(double x)
        {
            var s = x.ToString("G10", CultureInfo.InvariantCulture);
            var e = s.IndexOf('E');
            return e < 0 ? s : $@"{s[..e]} \times 10^{{{int.Parse(s[(e + 1)..], CultureInfo.InvariantCulture)}}}";
        }
        z = WithoutNoise(z);
        if (z.Imaginary == 0) return F(z.Real);
        return z.Imaginary < 0 ? $"{F(z.Real)} - {F(-z.Imaginary)}i" : $"{F(z.Real)} + {F(z.Imaginary)}i";
    }

    public static string Show(Complex z)
    {
        static string F(double x) => x.ToString("G10", CultureInfo.InvariantCulture);
        z = WithoutNoise(z);
        if (z.Imaginary == 0) return F(z.Real);
        return z.Imaginary < 0 ? $"{F(z.Real)} - {F(-z.Imaginary)}i" : $"{F(z.Real)} + {F(z.Imaginary)}i";
    }

    /// <summary>
    /// A part below 1e-12 of the other is rounding of the complex arithmetic ((1 + i)^2 gives 1.2E-16 + 2i): shown as 0,
    /// so an exactly imaginary value reads 0 + 2i.
    /// </summary>
    private static Complex WithoutNoise(Complex z)
    {
        if (Math.Abs(z.Imaginary) < 1e-12 * Math.Max(1, Math.Abs(z.Real))) return new(z.Real, 0);
        return Math.Abs(z.Real) < 1e-12 * Math.Abs(z.Imaginary) ? new(0, z.Imaginary) : z;
    }
}
