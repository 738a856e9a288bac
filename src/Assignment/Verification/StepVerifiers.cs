namespace Ift6135.Sym.Assignment.Verification;

/// <summary>The verifier the derivations use by default: the engine's equivalence checker.</summary>
public static class StepVerifiers
{
    public static IStepVerifier Default { get; } = new EngineStepVerifier();
}
