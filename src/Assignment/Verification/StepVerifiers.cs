using Ift6135.Sym.Symbolic.Equivalence;

namespace Ift6135.Sym.Assignment.Verification;

/// <summary>The verifier the derivations use by default: the engine's equivalence checker.</summary>
public static class StepVerifiers
{
    /// <summary>
    /// The derivations' steps are expected to hold (one that does not stops solve), so each is proved before it is
    /// sampled: no screening by points first, which only pays for steps that are often false, as a student's are.
    /// </summary>
    public static IStepVerifier Default { get; } = new EngineStepVerifier(EquivalenceOptions.Default with { ScreenFirst = false });
}
