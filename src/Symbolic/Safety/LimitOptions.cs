namespace Ift6135.Sym.Symbolic.Safety;

/// <summary>One configurable limit as a user sees it: the command-line option that sets it and its unit.</summary>
public sealed record LimitOption(string LimitName, string Option, string Unit)
{
    /// <summary>The end of a limit message: how to raise the limit.</summary>
    public string HowToRaise => $"raise it with {Option} {Unit}";
}

/// <summary>
/// The command-line names of the <see cref="SafetyLimits"/>, kept beside the limits so that every
/// message about a limit (from a parser, the engine or the command line) can say how to raise it.
/// </summary>
public static class LimitOptions
{
    public static readonly LimitOption InputBytes = new(nameof(SafetyLimits.MaxInputBytes), "--max-input-bytes", "BYTES");
    public static readonly LimitOption NestingDepth = new(nameof(SafetyLimits.MaxNestingDepth), "--max-nesting", "LEVELS");
    public static readonly LimitOption NumberDigits = new(nameof(SafetyLimits.MaxNumberDigits), "--max-digits", "DIGITS");
    public static readonly LimitOption ExactExponent = new(nameof(SafetyLimits.MaxExactExponent), "--max-exponent", "N");
    public static readonly LimitOption ExpansionTerms = new(nameof(SafetyLimits.MaxExpansionTerms), "--max-terms", "TERMS");
    public static readonly LimitOption StepTime = new(nameof(SafetyLimits.StepTimeBudget), "--step-time", "SECONDS");
    public static readonly LimitOption OperationTime = new(nameof(SafetyLimits.OperationTimeBudget), "--calc-time", "SECONDS");

    public static readonly IReadOnlyList<LimitOption> All = [InputBytes, NestingDepth, NumberDigits, ExactExponent, ExpansionTerms, StepTime, OperationTime];

    /// <summary>"(MaxNestingDepth; raise it with --max-nesting LEVELS)" for a limit's name, or "(name)" for one without an option.</summary>
    public static string Describe(string limitName) =>
        All.FirstOrDefault(o => o.LimitName == limitName) is { } o ? $"({limitName}; {o.HowToRaise})" : $"({limitName})";
}
