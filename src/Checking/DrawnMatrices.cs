using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// An equation about declared matrices of side <see cref="MinSize"/> or more, checked on drawn numbers: symbolically, the
/// determinant of a product of two 5×5 matrices alone expands to 14400 terms, far past a step's time budget. Each draw
/// puts random nonzero integers (1 to 50, with the sign the entries' facts require) for the entry symbols, keeping the
/// declared structure (triangular zeros, symmetry), and compares the sides exactly. One draw where they differ refutes
/// the step; agreement at every draw is a numeric check, not a proof: a polynomial identity of degree d that fails is
/// missed by one draw with probability at most d/50 (Schwartz–Zippel), so by all of them with at most (d/50)^Draws.
/// </summary>
public static class DrawnMatrices
{
    /// <summary>The side from which a declared matrix is checked on drawn numbers rather than symbolically.</summary>
    public const int MinSize = 4;

    public const int Draws = 6;

    public const int Seed = 61351;

    private const int MaxEntry = 50;

    /// <summary>The declared matrices (not vectors) of side MinSize or more that the formulas name, in name order.</summary>
    public static IReadOnlyList<string> LargeIn(LatexContext context, params MathNode[] nodes) =>
        !context.DeclaresShapes ? [] : nodes.SelectMany(MathNodes.SelfAndDescendants).OfType<NameNode>()
            .SelectMany(n => new[] { n.Key, n.Base })
            .Where(key => context.ShapeOf(key) is { Rows: > 1, Columns: > 1 } s && Math.Max(s.Rows, s.Columns) >= MinSize)
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The verdict over the draws: <paramref name="lower"/> reads both sides with the drawn matrices (null when a side
    /// cannot be read: the caller's symbolic reading then reports why), <paramref name="compare"/> compares them.
    /// </summary>
    public static StepOutcome? Decide(IReadOnlyList<string> large, LatexContext context,
        Func<IReadOnlyDictionary<string, Matrix>, (LatexValue? Left, LatexValue? Right)> lower, Func<LatexValue, LatexValue, StepOutcome> compare)
    {
        var random = new Random(Seed);
        for (var draw = 0; draw < Draws; draw++)
        {
            var values = new Dictionary<Symbol, double>();
            var instances = large.ToDictionary(key => key, key => Draw(key, context, random, values), StringComparer.Ordinal);
            var (left, right) = lower(instances);
            if (left is null || right is null) return null;
            var outcome = compare(left, right);
            var which = $"with {string.Join(", ", large)} drawn as integer matrices (draw {draw + 1}, seed {Seed})";
            switch (outcome.Status)
            {
                case StepStatus.Valid: continue;
                case StepStatus.Invalid:
                    return outcome with { Method = "numeric", Points = draw + 1, Seed = Seed, Counterexample = WithEntries(outcome.Counterexample, values),
                        Detail = StepOutcome.Join(which, outcome.Detail) };
                default:
                    return outcome with { Detail = StepOutcome.Join(which, outcome.Detail) };
            }
        }
        return new StepOutcome(StepStatus.Valid, "numeric", Draws, Seed, null,
            $"{string.Join(", ", large)} drawn {Draws} times as integer matrices (entries 1 to {MaxEntry} in size, seed {Seed}): the sides agree "
            + "exactly at every draw; a numeric check, not a proof", KeepDetail: true);
    }

    /// <summary>The declared matrix with a drawn integer for each of its entry symbols (recorded in <paramref name="values"/>).</summary>
    private static Matrix Draw(string key, LatexContext context, Random random, Dictionary<Symbol, double> values)
    {
        var symbols = LatexLowering.EntrySymbols(key, context.ShapeOf(key)!, context);
        var map = new Dictionary<Expr, Expr>();
        foreach (var s in symbols.Entries.SelectMany(Substitution.FreeSymbols).Distinct())
        {
            var size = random.Next(1, MaxEntry + 1);
            var negative = s.Facts.HasFlag(Facts.Negative) || s.Facts.HasFlag(Facts.Nonpositive)
                || (!s.Facts.HasFlag(Facts.Positive) && !s.Facts.HasFlag(Facts.Nonnegative) && random.Next(2) == 0);
            var value = negative ? -size : size;
            values[s] = value;
            map[s] = Number.Of(value);
        }
        return symbols.Map(e => Substitution.Substitute(e, map));
    }

    /// <summary>A refutation's counterexample with the drawn entries in it: they are the point where the sides differ.</summary>
    private static CounterexampleReport WithEntries(CounterexampleReport? found, IReadOnlyDictionary<Symbol, double> entries)
    {
        var drawn = CounterexampleCheck.Report(entries, 0, [0]);
        if (found is null) return drawn with { Left = "", Right = "", LeftLatex = null, RightLatex = null };
        var values = new Dictionary<string, double>(drawn.Values, StringComparer.Ordinal);
        foreach (var (name, value) in found.Values) values[name] = value;
        return found with { Values = values, Printed = [.. drawn.Printed ?? [], .. found.Printed ?? []] };
    }
}
