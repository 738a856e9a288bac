using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Polynomials;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>
/// The other optimizers of question 6 (alternating, extragradient): their update matrices and the
/// modulus of their eigenvalues. For a 2x2 real matrix whose characteristic polynomial
/// l^2 + b l + c has a negative discriminant, the eigenvalues are conjugate and |l|^2 = c.
/// </summary>
public sealed class OptimizerComparison(Q6Game game, IStepVerifier verifier, DerivationLog log, Symbol lambda, StabilityAnalysis stability)
{
    /// <summary>Learning-rate bounds tried, in order, when the discriminant's sign needs one (none, then alpha &lt; 2, then alpha &lt; 1).</summary>
    private static readonly int[] Bounds = [0, 2, 1];

    private readonly List<Stability> stabilities = [];

    /// <summary>The stable rates of each optimizer analysed, in the order of <see cref="Blocks"/> (filled as the blocks are enumerated).</summary>
    public IReadOnlyList<Stability> Stabilities => stabilities;

    public IEnumerable<Block> Blocks(string id, IReadOnlyList<Optimizer> optimizers)
    {
        foreach (var o in optimizers.Where(o => o != Optimizer.Simultaneous))
            foreach (var b in Analyse(id, o)) yield return b;
        if (optimizers.Count > 0) yield return Trajectories(id, optimizers);
    }

    private IEnumerable<Block> Analyse(string id, Optimizer o)
    {
        var a = game.UpdateMatrix(o);
        // The exact intervals first, for the modulus; the blocks that verify and print them come after the spectrum.
        foreach (var b in Spectrum(id, o, a, stability.Intervals(a))) yield return b;
        if (stability.Analyse(id, o, a) is { } stable)
        {
            stabilities.Add(stable);
            foreach (var b in stable.Blocks) yield return b;
        }
    }

    private IEnumerable<Block> Spectrum(string id, Optimizer o, Matrix a, IReadOnlyList<RateInterval> stable)
    {
        var name = o.ToString().ToLowerInvariant();
        var p = CharacteristicPolynomial.Of(a, lambda);
        var poly = UnivariatePolynomial.From(p, lambda);
        if (poly is null || poly.Degree != 2) throw new DerivationFailedException(id, name, null, "the characteristic polynomial is not a quadratic");
        var (c, b) = (poly.Coefficients[0], poly.Coefficients[1]);
        yield return new Prose(Inline.Of(o == Optimizer.Alternating
            ? "Alternating updates (d first, then g against the new d) give the update matrix"
            : "Extragradient (a look-ahead step, then a step from the current point with the look-ahead gradients) gives the update matrix"));
        yield return new Formula(new MatrixItem(a));
        yield return new Prose(Inline.Of("with characteristic polynomial ", new ExprItem(p) { InPowersOf = lambda }, "."));
        var discriminant = Rewrite.Expand(b * b - 4 * c);
        var discriminantFactored = FactorOutLowestPower(discriminant);
        var (bound, assumptions) = FirstBoundProving(new Relation(RelationKind.Less, discriminantFactored, Number.Zero));
        if (assumptions is null)
        {
            yield return new Prose(Inline.Of("Its discriminant ", discriminant, " could not be shown negative, so the eigenvalues are not analysed further here."));
            yield break;
        }
        // The bound, when one was needed, limits every conclusion drawn from the complex pair below.
        var forRates = bound == 0 ? Inline.Empty : Inline.Of(" for ", new IntervalItem(game.Alpha, Number.Zero, Number.Of(bound)));
        yield return new Prose(new Inline([new TextPiece("Its discriminant is negative"), .. forRates.Pieces,
            new TextPiece(", so the eigenvalues are complex conjugates and their squared modulus is the product of the roots, the constant term:")]));
        var discChain = new ChainBuilder(id, $"{name}.disc", verifier, assumptions, log, new ExprItem(discriminant));
        if (!discriminantFactored.Equals(discriminant)) discChain.Equal(discriminantFactored, game.LowestPowerFactored);
        yield return discChain
            .Step(RelationKind.Less, Number.Zero, Justification.Algebra(game.RateFact(bound)))
            .Build();
        foreach (var block in ModulusVerdict(id, name, c, assumptions, stable, forRates)) yield return block;
    }

    /// <summary>What eigenvalues on the unit circle mean; for a non-quadratic V the linearization does not decide.</summary>
    private string UnitCircle => game.Shape == UpdateShape.Nonlinear
        ? "the linearization neither contracts nor expands, so for this non-quadratic V it does not decide whether the iterates converge"
        : "the iterates neither converge nor diverge; they keep circling the stationary point";

    /// <summary>|l|^2 = c compared with 1: c - 1 is written with the lowest power of alpha factored out, whose sign the engine can read.</summary>
    private IEnumerable<Block> ModulusVerdict(string id, string name, Expr c, AssumptionSet assumptions, IReadOnlyList<RateInterval> stable, Inline forRates)
    {
        var excess = Rewrite.Expand(c - Number.One);
        Inline verdict;
        ChainBuilder chain;
        if (excess.IsZero)
        {
            if (c.IsOne)
            {
                yield return new Prose(new Inline([new TextPiece($"The constant term is 1, so the eigenvalues of the {name} update lie on the unit circle"), .. forRates.Pieces,
                    new TextPiece($": {UnitCircle}.")]));
                yield break;
            }
            chain = new ChainBuilder(id, $"{name}.modulus", verifier, assumptions, log, new ExprItem(c)).Equal(Number.One, "simplify");
            verdict = Inline.Of($"on the unit circle: {UnitCircle}");
        }
        else
        {
            var rewritten = Number.One + FactorOutLowestPower(excess);
            var below = FirstIntervalProving(new Relation(RelationKind.Less, rewritten, Number.One), assumptions, stable);
            var above = below.Assumptions is null ? FirstIntervalProving(new Relation(RelationKind.Greater, rewritten, Number.One), assumptions, []) : (null, null);
            var (kind, (ci, ca)) = below.Assumptions is not null ? (RelationKind.Less, below) : (RelationKind.Greater, above);
            if (ca is null)
            {
                yield return new Prose(Inline.Of("Whether the squared modulus ", c, " is below or above 1 could not be decided by the engine; no conclusion is drawn."));
                yield break;
            }
            chain = new ChainBuilder(id, $"{name}.modulus", verifier, ca, log, new ExprItem(c));
            // With a numeric rate the rewriting is the number itself: no step to show.
            if (!rewritten.Equals(c)) chain.Equal(rewritten, game.LowestPowerFactored);
            chain.Step(kind, Number.One, Justification.Algebra(game.RateFact(ci)));
            verdict = kind == RelationKind.Less
                ? Inline.Of(ci is null ? "inside the unit circle" : "inside the unit circle for ", ci is null ? "" : Stability.Item(game.Alpha, ci), ": the iterates converge to the stationary point")
                : Inline.Of("outside the unit circle: the iterates diverge");
        }
        yield return chain.Build(Inline.Of("The squared modulus of the eigenvalues:"));
        yield return new Prose(new Inline([new TextPiece($"So the eigenvalues of the {name} update lie "), .. verdict.Pieces, new TextPiece(".")]));
    }

    /// <summary>
    /// The relation under the discriminant's assumptions for every rate, else on the first stable interval of
    /// rates (<see cref="StabilityAnalysis"/>) where it holds; (null, null) when neither proves it.
    /// </summary>
    private (RateInterval? Interval, AssumptionSet? Assumptions) FirstIntervalProving(Relation r, AssumptionSet assumptions, IReadOnlyList<RateInterval> stable)
    {
        if (verifier.Verify(r, assumptions).IsValid) return (null, assumptions);
        foreach (var interval in game.RateSymbol is null ? [] : stable)
        {
            var narrowed = assumptions.With(game.Within(interval).Relations.Where(b => !assumptions.Relations.Contains(b)));
            if (verifier.Verify(r, narrowed).IsValid) return (interval, narrowed);
        }
        return (null, null);
    }

    private Expr FactorOutLowestPower(Expr e) => game.FactorOutLowestRatePower(e);

    private (int Bound, AssumptionSet? Assumptions) FirstBoundProving(Relation r)
    {
        foreach (var bound in game.RateSymbol is null ? [0] : Bounds)
        {
            var assumptions = bound == 0 ? game.Assumptions : game.Assumptions.With(new Relation(RelationKind.Less, game.Alpha, Number.Of(bound)));
            if (verifier.Verify(r, assumptions).IsValid) return (bound, assumptions);
        }
        return (0, null);
    }

    /// <summary>
    /// The first iterates of every optimizer from the stationary point plus (1, 1) (plus (1/10, 1/10) for a
    /// non-quadratic V, whose linearization is local), in double precision: exact rationals of a
    /// non-linear map grow without bound in size. A series stops once it leaves the plotted range.
    /// </summary>
    private Figure Trajectories(string id, IReadOnlyList<Optimizer> optimizers)
    {
        var rate = game.SampleRate(Number.Of(1, 5));
        var offset = game.Shape == UpdateShape.Nonlinear ? 0.1 : 1.0;
        var start = (D: Value(game.Stationary.D) + offset, G: Value(game.Stationary.G) + offset);
        var series = optimizers.Select(o =>
        {
            var (dn, gn) = game.Step(o, game.Dk, game.Gk);
            var (fd, fg) = (game.AtRate(dn, rate), game.AtRate(gn, rate));
            var (d, g) = start;
            var points = new List<(double, double)>();
            for (var k = 0; k <= 25 && double.IsFinite(d) && double.IsFinite(g) && Math.Abs(d) + Math.Abs(g) < PlotRange; k++)
            {
                points.Add((d, g));
                var at = new Dictionary<Symbol, double> { [game.Dk] = d, [game.Gk] = g };
                (d, g) = (Evaluator.EvaluateReal(fd, at), Evaluator.EvaluateReal(fg, at));
            }
            return new PlotSeries(o.ToString().ToLowerInvariant(), points);
        }).ToArray();
        var rateItem = game.RateSymbol is { } s ? (MathItem)new RelationItem(Relation.Eq(s, rate)) : new ExprItem(rate);
        var marks = new[]
        {
            new PlotMark("start", start.D, start.G),
            new PlotMark("stationary point", Value(game.Stationary.D), Value(game.Stationary.G)),
        };
        return new Figure(new PlotFigure(Inline.Of(game.D), Inline.Of(game.G), series) { EqualAxes = true, Marks = marks },
            Inline.Of("The first 25 iterates of each optimizer from (", Show(start.D), ", ", Show(start.G), ") at learning rate ", rateItem, " (a series stops if it leaves the plotted range)."));
    }

    /// <summary>A coordinate of the starting point, with at most three decimals.</summary>
    private static MeasuredItem Show(double x) => MeasuredItem.Decimals(x, 3);

    /// <summary>Iterates beyond this size are off any useful plot (and would overflow TikZ's dimensions).</summary>
    private const double PlotRange = 1e4;

    private static double Value(Expr e) => Evaluator.EvaluateReal(e, new Dictionary<Symbol, double>());
}
