using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>The learning rates for which one optimizer's update is stable, and the blocks that derive them.</summary>
public sealed record Stability(Optimizer Optimizer, IReadOnlyList<RateInterval> Stable, IReadOnlyList<Block> Blocks)
{
    /// <summary>False when a cut point cannot be written exactly (an irrational root of degree 3 or more): no interval is given.</summary>
    public bool Exact { get; init; } = true;

    /// <summary>The rates as the document and solutions.json give them: "none", the intervals, or "not exact".</summary>
    public string Canonical(Expr rate) => !Exact ? "not exact" : Stable.Count == 0 ? "none" : string.Join(" or ", Stable.Select(i => Item(rate, i).ToString()));

    public static IntervalItem Item(Expr rate, RateInterval i) => new(rate, i.Lower, i.Upper);
}

/// <summary>
/// The stable learning rates of an optimizer with a symbolic rate: both eigenvalues of the 2x2 update
/// matrix lie strictly inside the unit circle exactly when the four Jury expressions are positive
/// (<see cref="StabilityCondition"/>). The intervals found exactly are then re-verified by the engine's
/// verifier: on a stable interval every expression is shown positive, and on every other interval one
/// expression is shown not positive by a printed chain, so no interval is printed on the cut-finding alone.
/// </summary>
public sealed class StabilityAnalysis(Q6Game game, IStepVerifier verifier, DerivationLog log)
{
    // Each update matrix is asked for its intervals twice (for the modulus, then to print them); the real roots behind
    // them are most of the cost, so the pieces are kept per matrix. Failures are not kept: they throw again.
    private readonly Dictionary<Matrix, IReadOnlyList<RatePiece>> piecesByMatrix = [];

    private IReadOnlyList<RatePiece> Pieces(Matrix a, Symbol rate)
    {
        if (!piecesByMatrix.TryGetValue(a, out var pieces)) piecesByMatrix[a] = pieces = StabilityCondition.Pieces(a, rate);
        return pieces;
    }

    /// <summary>The stable intervals found exactly, not yet re-verified (none for a numeric rate).</summary>
    public IReadOnlyList<RateInterval> Intervals(Matrix a)
    {
        if (game.RateSymbol is not { } rate) return [];
        try { return Pieces(a, rate).Where(p => p.Stable).Select(p => p.Interval).ToArray(); }
        catch (UnsupportedEquationException) { return []; }
    }

    /// <summary>Null for a numeric rate: there is no interval to derive, the modulus decides directly.</summary>
    public Stability? Analyse(string partId, Optimizer optimizer, Matrix a)
    {
        if (game.RateSymbol is not { } rate) return null;
        var name = optimizer.ToString().ToLowerInvariant();
        var conditions = StabilityCondition.Conditions(a).Select(c => game.FactorOutLowestRatePower(Rewrite.Expand(c))).ToArray();
        // Named as the Jury conditions read: 1 - det A, 1 + det A, and the characteristic polynomial p at 1 and -1.
        var det = Apply.Of("det", Symbol.Of("A"));
        var named = new Expr[] { 1 - det, 1 + det, Apply.Of("p", Number.One), Apply.Of("p", Number.Of(-1)) };
        var blocks = new List<Block>
        {
            new Prose(Inline.Of($"Rates at which the {name} update converges: the iterates converge to the stationary point from every start exactly when both roots of the characteristic polynomial p lie strictly inside the unit circle, that is (Jury's conditions) when the four expressions below are positive (A is here the {name} update matrix):")),
            Formula.Established(new ListItem(named.Zip(conditions, (l, c) => (MathItem)new RelationItem(Relation.Eq(l, c))).ToArray())),
        };
        IReadOnlyList<RatePiece> pieces;
        try { pieces = Pieces(a, rate); }
        catch (UnsupportedEquationException e)
        {
            blocks.Add(new Prose(Inline.Of($"The rates where these are all positive are not derived here: {e.Message}")));
            return new Stability(optimizer, [], blocks) { Exact = false };
        }
        var raw = StabilityCondition.Conditions(a);
        var runs = Runs(pieces);
        foreach (var (run, n) in runs.Select((r, n) => (r, n)))
        {
            if (run.Stable) ConfirmStable(partId, name, conditions, run.Interval, rate);
            else blocks.AddRange(Unstable(partId, $"{name}.unstable{(runs.Count == 1 ? "" : $"{n + 1}")}", raw, named, conditions, run.Interval, rate));
        }
        var stable = pieces.Where(p => p.Stable).Select(p => p.Interval).ToArray();
        blocks.Add(new Prose(Verdict(name, rate, stable, runs.Count > 1)));
        return new Stability(optimizer, stable, blocks);
    }

    private Inline Verdict(string name, Symbol rate, IReadOnlyList<RateInterval> stable, bool hasCuts)
    {
        // Jury's conditions fail exactly when some root has modulus at least 1: the iterates then do not converge,
        // which is not the same as diverging (roots on the unit circle keep a bounded orbit).
        var cuts = hasCuts ? " (at an end point of the interval one expression vanishes, so the iterates do not converge there either)" : "";
        if (stable.Count == 0)
            return Inline.Of($"So the {name} update converges for no learning rate: for every ", new IntervalItem(rate, Number.Zero, null),
                $" some eigenvalue has modulus at least 1{cuts}.");
        var pieces = new List<object> { $"So the {name} update converges exactly for " };
        foreach (var (i, n) in stable.Select((i, n) => (i, n)))
        {
            if (n > 0) pieces.Add(" and ");
            pieces.Add(Stability.Item(rate, i));
        }
        pieces.Add($", where all four expressions are positive; at every other rate some eigenvalue has modulus at least 1 and the iterates do not converge{cuts}.");
        return Inline.Of(pieces.ToArray());
    }

    /// <summary>
    /// Every expression positive on the interval: by the verifier (sign reasoning) where it can, else exactly by
    /// the expression's real roots and a rational sample point (an irrational end point defeats sign reasoning).
    /// A failure stops the build rather than print an unproved interval.
    /// </summary>
    private void ConfirmStable(string partId, string name, IReadOnlyList<Expr> conditions, RateInterval interval, Symbol rate)
    {
        var methods = new List<object>();
        foreach (var c in conditions)
        {
            var positive = new Relation(RelationKind.Greater, c, Number.Zero);
            var check = verifier.Verify(positive, game.Within(interval));
            if (methods.Count > 0) methods.Add("; ");
            if (check.IsValid) methods.Add(Inline.Of(positive, $" ({How(check.Method)})"));
            else if (StabilityCondition.PositiveOn(c, rate, interval)) methods.Add(Inline.Of(positive, " (no real root inside, positive at a rational point inside)"));
            else throw new DerivationFailedException(partId, $"{name}.stable", check, $"the engine could not confirm {c} > 0 for {game.RateCondition(interval)}");
        }
        log.Check(partId, Inline.Of($"{name}: the four Jury expressions are positive for ", game.RateFact(interval)), true, Inline.Of(methods.ToArray()));
    }

    /// <summary>How the engine decided a relation, in words for the appendix.</summary>
    private static string How(StepMethod method) => method switch
    {
        StepMethod.Symbolic => "symbolic",
        StepMethod.SignReasoning => "sign reasoning",
        StepMethod.Numeric => "numeric sampling",
        _ => method.ToString().ToLowerInvariant(),
    };

    /// <summary>Consecutive pieces of the same kind merged: one interval per run of stable or unstable pieces.</summary>
    private static IReadOnlyList<RatePiece> Runs(IReadOnlyList<RatePiece> pieces)
    {
        var runs = new List<RatePiece>();
        foreach (var p in pieces)
            if (runs.Count > 0 && runs[^1].Stable == p.Stable) runs[^1] = new RatePiece(runs[^1].Interval with { Upper = p.Interval.Upper }, p.Stable);
            else runs.Add(p);
        return runs;
    }

    /// <summary>
    /// On an unstable run, a chain showing one Jury expression (from the matrix entries, then simplified) is
    /// not positive on the whole run (the cut points inside the run, where some expression vanishes, are
    /// unstable too: the expression shown is not positive there, by continuity). No such expression stops the build.
    /// </summary>
    private IEnumerable<Block> Unstable(string partId, string chainId, IReadOnlyList<Expr> raw, IReadOnlyList<Expr> named, IReadOnlyList<Expr> conditions, RateInterval interval, Symbol rate)
    {
        var where = game.Within(interval);
        foreach (var (c, k) in conditions.Select((c, k) => (c, k)))
            foreach (var kind in new[] { RelationKind.Less, RelationKind.Equal, RelationKind.LessOrEqual })
                if (verifier.Verify(new Relation(kind, c, Number.Zero), where) is { IsValid: true } check)
                {
                    if (c.IsNumber(out _))
                    {
                        // A constant (det A = 1 for every rate): a chain from a number to zero would show nothing.
                        log.Check(partId, Inline.Of($"{chainId}: ", Relation.Eq(named[k], c), ", not positive, for ", game.RateFact(interval)), true, Inline.Of(How(check.Method)));
                        yield return new Prose(Inline.Of("For ", Stability.Item(rate, interval), " one of them, ", new RelationItem(Relation.Eq(named[k], c)), ", is not positive."));
                        yield break;
                    }
                    var chain = new ChainBuilder(partId, chainId, verifier, where, log, new ExprItem(raw[k]));
                    if (!raw[k].Equals(c)) chain.Equal(c, "expand the determinant and the trace");
                    // The interval goes in prose: a chain's caption is read by `check` as part of the derivation.
                    yield return new Prose(Inline.Of("For ", Stability.Item(rate, interval), " one of them is not positive:"));
                    yield return chain.Step(kind, Number.Zero, Justification.Algebra(Inline.Of("for ", game.RateFact(interval)))).Build();
                    yield break;
                }
        // Beyond sign reasoning (1 - det A = -4a(2a - 1)(2a^2 - a + 1) for a > 1/2): exactly, by the expression's real roots.
        foreach (var (c, k) in conditions.Select((c, k) => (c, k)))
            if (StabilityCondition.PositiveOn(-c, rate, interval))
            {
                log.Check(partId, Inline.Of($"{chainId}: ", new RelationItem(new Relation(RelationKind.Less, c, Number.Zero)), ", for ", game.RateFact(interval)), true,
                    Inline.Of("no real root inside the interval, negative at a rational point inside"));
                yield return new Prose(Inline.Of("For ", Stability.Item(rate, interval), $" one of them, {Ordinal(k)} in the list, is negative: it has no real root in that interval and is negative at a rational point of it:"));
                yield return Formula.Established(new RelationItem(new Relation(RelationKind.Less, c, Number.Zero)));
                yield break;
            }
        throw new DerivationFailedException(partId, chainId, null, $"the engine could not show any Jury expression non-positive for {interval}");
    }

    private static string Ordinal(int k) => k switch { 0 => "the first", 1 => "the second", 2 => "the third", _ => "the fourth" };
}
