namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// Knobs of a decision. Two values agree numerically when |l - r| &lt;= AbsoluteTolerance +
/// RelativeTolerance · max(|l|, |r|); the same test decides whether a re-checked counterexample stands.
/// </summary>
public sealed record EquivalenceOptions
{
    public static readonly EquivalenceOptions Default = new();

    /// <summary>How many agreeing points make a numeric "valid" (equalities) or how many are searched (inequalities).</summary>
    public int Points { get; init; } = 24;
    public int Seed { get; init; } = 20_251_123;
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(2);
    public double RelativeTolerance { get; init; } = 1e-9;
    public double AbsoluteTolerance { get; init; } = 1e-12;

    /// <summary>Draws per wanted point before the sampler gives up (assumptions rejecting most points).</summary>
    public int MaxAttemptsPerPoint { get; init; } = 200;

    /// <summary>Hill-climbing steps toward a violation from each point, for inequalities.</summary>
    public int RefinementSteps { get; init; } = 6;

    /// <summary>Whether to try the symbolic pass before sampling (off to exercise the numeric path alone).</summary>
    public bool UseSymbolic { get; init; } = true;

    /// <summary>
    /// Whether a few points are sampled before the symbolic pass of an equality. Right for steps that are often false
    /// (a student's: sampling refutes them in microseconds where the pass spends milliseconds failing); a derivation
    /// whose steps are expected to hold (solve's own) turns it off, so that a step the pass proves costs no sampling.
    /// Either way a step the pass does not prove is sampled, so the verdicts are the same.
    /// </summary>
    public bool ScreenFirst { get; init; } = true;

    /// <summary>The symbolic simplification tried on a - b; null means <see cref="SymbolicPasses.Default"/>.</summary>
    public SymbolicPass? SymbolicPass { get; init; }

    /// <summary>The prover for inequalities; null means <see cref="RelationProvers.Default"/>.</summary>
    public IRelationProver? RelationProver { get; init; }
}
