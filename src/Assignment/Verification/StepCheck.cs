namespace Ift6135.Sym.Assignment.Verification;

public enum StepOutcome { Valid, Invalid, Unknown }

/// <summary>How a step was established. <see cref="Logical"/> steps are argued in words, not by algebra.</summary>
public enum StepMethod { Symbolic, SignReasoning, Numeric, Exhaustive, Logical, None }

/// <summary>A verifier's verdict on one step: outcome, method, and for sampling the number of points and the seed.</summary>
public sealed record StepCheck(StepOutcome Outcome, StepMethod Method, int Points, int Seed, string Detail)
{
    public bool IsValid => Outcome == StepOutcome.Valid;

    public static StepCheck Logical(string reason) => new(StepOutcome.Valid, StepMethod.Logical, 0, 0, reason);
}
