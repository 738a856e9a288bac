using System.Diagnostics;
using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// The numeric half of deciding a = b: evaluate both sides at admissible points until enough agree,
/// or a disagreement survives re-checking (then it is a counterexample). A disagreement in doubles
/// that the re-check contradicts counts as agreement (the re-check is the better evaluation); one the
/// re-check cannot settle (a complex point, a function it lacks) is inconclusive and proves nothing.
/// </summary>
internal sealed class EqualitySampling(Problem problem, CompiledFunction left, CompiledFunction right, EquivalenceOptions options)
{
    private readonly Tolerance tolerance = new(options.RelativeTolerance, options.AbsoluteTolerance);
    private readonly PointSampler sampler = new(problem.Symbols, problem.Constraints, new Random(options.Seed), problem.Simplexes, problem.Indices);
    private readonly Stopwatch clock = new();
    private string recheckMethod = "";
    private long attempt;

    /// <summary>
    /// Whether the right side, and not the left, was not real in doubles at the point being re-checked:
    /// its high-precision evaluation is then tried first, since it is the one likely to fail (a log of a
    /// negative), and the other's (a log costs tens of microseconds at 256 bits) would be worked out in vain.
    /// The order changes no answer: both sides must evaluate for the re-check to settle anything.
    /// </summary>
    private bool rightFirst;

    /// <summary>The sides' real and imaginary parts, split once for all the points re-checked.</summary>
    private ((Expr Re, Expr Im)? Left, (Expr Re, Expr Im)? Right)? splits;
    private int agreeing, rechecked, inconclusive, rejected, undefined;
    private Verdict? final;

    /// <summary>The whole search, continuing from where <see cref="Screen"/> stopped: the same points in the same order.</summary>
    public Verdict Run() => final ??= Search(options.Points, (long)options.Points * options.MaxAttemptsPerPoint)!;

    /// <summary>
    /// The first few draws of the search, tried before any symbolic work because they are cheap and
    /// usually decisive for a false step: a disagreement that survives the re-check is a counterexample
    /// whatever a simplification would say, and it is the verdict the whole search would give (the same
    /// seed, the same points). Anything else is no answer yet; <see cref="Run"/> resumes from here.
    /// </summary>
    public Verdict? Screen(int points, int draws)
    {
        // A verdict the screen reached (an exhausted time budget, say) is kept for Run: drawing on after it would change it.
        final = Search(Math.Min(points, options.Points), Math.Min(draws, (long)options.Points * options.MaxAttemptsPerPoint));
        return final is { Outcome: Outcome.Invalid } ? final : null;
    }

    /// <summary>Draws until <paramref name="wanted"/> points agree or <paramref name="maxAttempts"/> draws in all; null when stopped short of a verdict by the limits of a screen.</summary>
    private Verdict? Search(int wanted, long maxAttempts)
    {
        clock.Start();
        try
        {
            for (; agreeing < wanted; attempt++)
            {
                string Tally() => $"{agreeing} of {options.Points} points agreed; {rejected} draws rejected by the assumptions, {undefined} undefined, {inconclusive} inconclusive";
                if (clock.Elapsed > options.TimeBudget) return EquivalenceChecker.Unknown(options, $"time budget exceeded: {Tally()}", agreeing);
                Safety.Deadline.Check();   // the step's budget, when one is running, bounds the sampling too
                if (attempt >= maxAttempts)
                    return wanted < options.Points ? null : EquivalenceChecker.Unknown(options, $"could not draw enough valid points: {Tally()}", agreeing);
                if (sampler.TryDraw() is not { } point) { rejected++; continue; }
                switch (Compare(point))
                {
                    case Agreement.Agree: agreeing++; break;
                    case Agreement.Undefined: undefined++; break;
                    default:
                        switch (Recheck(point, out var counterexample))
                        {
                            case Agreement.Agree: agreeing++; rechecked++; break;
                            case Agreement.Differ:
                                return new Verdict(Outcome.Invalid, VerdictMethod.Numeric, agreeing, options.Seed, counterexample, problem.Symbols.Count == 0
                                    // 1 + 1 = 3, \int_0^1 z^2 dz = 1/2: no symbol to draw, the only point is the empty one.
                                    ? $"the sides are different numbers (computed {recheckMethod})"
                                    : $"the sides differ at a point (re-checked {recheckMethod}), after {agreeing} agreeing points");
                            default: inconclusive++; break;
                        }
                        // The verdict can no longer be "valid"; as many unsettled points as wanted
                        // agreeing ones say the disagreement is systematic (a branch of log, a complex
                        // value), not a rare point worth thousands more draws and re-checks.
                        if (inconclusive >= options.Points) return Inconclusive(inconclusive, agreeing);
                        break;
                }
            }
            if (wanted < options.Points) return null;
            // A disagreement nobody could settle forbids "valid": it may be a real difference (a branch of log, a complex point).
            if (inconclusive > 0) return Inconclusive(inconclusive, agreeing);
            var note = rechecked > 0 ? $"; {rechecked} of them agreed only when re-evaluated at high precision" : "";
            return new Verdict(Outcome.Valid, VerdictMethod.Numeric, agreeing, options.Seed, null,
                $"both sides agree at {agreeing} random points (seed {options.Seed}){note}; a probabilistic check, not a proof");
        }
        finally { clock.Stop(); }
    }

    private Verdict Inconclusive(int inconclusive, int agreeing) =>
        EquivalenceChecker.Unknown(options, $"{inconclusive} points disagreed in double precision and could not be re-checked (complex or unsupported values); {agreeing} agreed", agreeing);

    private enum Agreement { Agree, Differ, Undefined, Inconclusive }

    private Agreement Compare(SamplePoint point)
    {
        if (point.IsReal)
        {
            var l = left.Evaluate(point.Doubles);
            var r = right.Evaluate(point.Doubles);
            rightFirst = double.IsFinite(l) && !double.IsFinite(r);
            if (double.IsFinite(l) && double.IsFinite(r)) return tolerance.Close(l, r) ? Agreement.Agree : Agreement.Differ;
        }
        // Not real somewhere (log of a negative, a complex symbol): compare as complex numbers.
        var lc = left.EvaluateComplex(point.Complexes);
        var rc = right.EvaluateComplex(point.Complexes);
        if (!Finite(lc) || !Finite(rc)) return Agreement.Undefined;
        return tolerance.Close(lc, rc) ? Agreement.Agree : Agreement.Differ;
    }

    private static bool Finite(Complex z) => double.IsFinite(z.Real) && double.IsFinite(z.Imaginary);

    /// <summary>Exactly when both sides are rational functions of the point, else with 256-bit floats.</summary>
    private Agreement Recheck(SamplePoint point, out Counterexample? counterexample)
    {
        counterexample = null;
        if (!point.IsReal) return Agreement.Inconclusive;
        if (Problem.Exact(problem.Left, point) is { } le && Problem.Exact(problem.Right, point) is { } re)
        {
            recheckMethod = "exactly, in rational arithmetic";
            if (le == re) return Agreement.Agree;
            counterexample = new Counterexample(problem.Report(point), le.ToDouble(), re.ToDouble());
            return Agreement.Differ;
        }
        if (HighPrecisionPair(problem.Left, problem.Right, point.Exact) is not { } sides)
            return RecheckComplex(point, out counterexample);
        var (lh, rh) = sides;
        recheckMethod = $"with {BigFloat.Precision}-bit floating point";
        if (tolerance.Close(lh, rh)) return Agreement.Agree;
        counterexample = new Counterexample(problem.Report(point), lh.ToDouble(), rh.ToDouble());
        return Agreement.Differ;
    }

    /// <summary>
    /// Sides with complex values at a real point (1 + αi, |1 + αi|): their real and imaginary parts are
    /// real expressions, each re-checked as above. The sides differ when either part does. Real sides that
    /// leave the reals at this point (2 log x at x = -1) are first written as their value there with the
    /// principal branches made explicit (<see cref="PrincipalBranch"/>), then split the same way.
    /// </summary>
    private Agreement RecheckComplex(SamplePoint point, out Counterexample? counterexample)
    {
        counterexample = null;
        splits ??= (ComplexParts.Split(problem.Left), ComplexParts.Split(problem.Right));
        if (splits.Value.Left is { } l && splits.Value.Right is { } r
            && CompareParts(l, r, point.Exact, point, "", out counterexample) is { } settled)
            return settled;
        if (PrincipalBranch.AtPoint(problem.Left, point.Exact) is { } lv && PrincipalBranch.AtPoint(problem.Right, point.Exact) is { } rv
            && ComplexParts.Split(lv) is { } lp && ComplexParts.Split(rv) is { } rp
            && CompareParts(lp, rp, NoSymbols, point, " on the principal branches of log and the square root", out counterexample) is { } atPoint)
            return atPoint;
        return Agreement.Inconclusive;
    }

    private static readonly IReadOnlyDictionary<Symbol, BigRational> NoSymbols = new Dictionary<Symbol, BigRational>();

    /// <summary>Both parts compared at <paramref name="values"/>; null when either cannot be evaluated.</summary>
    private Agreement? CompareParts((Expr Re, Expr Im) l, (Expr Re, Expr Im) r, IReadOnlyDictionary<Symbol, BigRational> values,
        SamplePoint point, string branches, out Counterexample? counterexample)
    {
        counterexample = null;
        var re = ComparePart(l.Re, r.Re, values);
        var im = ComparePart(l.Im, r.Im, values);
        if (re is null || im is null) return null;
        if (re.Value.Equal && im.Value.Equal) return Agreement.Agree;
        var precision = re.Value.Exact && im.Value.Exact ? ", exactly in rational arithmetic" : $", with {BigFloat.Precision}-bit floating point";
        var differing = re.Value.Equal ? "imaginary" : "real";
        var (left, right) = re.Value.Equal ? (im.Value.Left, im.Value.Right) : (re.Value.Left, re.Value.Right);
        // The parts go in the note: check shows the sides' full complex values beside it, calc the parts alone.
        recheckMethod = $"in real and imaginary parts{branches}{precision}; the {differing} parts differ: {Part(left)} against {Part(right)}";
        counterexample = new Counterexample(problem.Report(point), left, right);
        return Agreement.Differ;
    }

    private static string Part(double x) => x.ToString("G10", System.Globalization.CultureInfo.InvariantCulture);

    private (bool Equal, bool Exact, double Left, double Right)? ComparePart(Expr left, Expr right, IReadOnlyDictionary<Symbol, BigRational> values)
    {
        if (HighPrecision.TryExact(left, values) is { } le && HighPrecision.TryExact(right, values) is { } re)
            return (le == re, true, le.ToDouble(), re.ToDouble());
        if (HighPrecisionPair(left, right, values) is not { } sides) return null;
        var (lh, rh) = sides;
        return (tolerance.Close(lh, rh), false, lh.ToDouble(), rh.ToDouble());
    }

    /// <summary>Both sides with 256-bit floats, or null when either cannot be evaluated (see <see cref="rightFirst"/> for the order).</summary>
    private (BigFloat Left, BigFloat Right)? HighPrecisionPair(Expr left, Expr right, IReadOnlyDictionary<Symbol, BigRational> values)
    {
        var first = rightFirst ? right : left;
        if (HighPrecision.TryEvaluate(first, values) is not { } a) return null;
        if (HighPrecision.TryEvaluate(rightFirst ? left : right, values) is not { } b) return null;
        return rightFirst ? (b, a) : (a, b);
    }
}
