namespace Ift6135.Sym.Assignment.Verification;

/// <summary>A derivation step the engine could not confirm: the build stops and says where.</summary>
public sealed class DerivationFailedException(string partId, string step, StepCheck? check, string reason)
    : Exception($"{partId}: step {step}: {reason}" + (check is null ? "" : $" ({check.Outcome}, {check.Method}: {check.Detail})"))
{
    public string PartId { get; } = partId;
    public string Step { get; } = step;
    public StepCheck? Check { get; } = check;
}
