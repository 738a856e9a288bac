namespace Ift6135.Sym.Symbolic.Safety;

/// <summary>
/// A documented limit was hit (nesting depth, input size, time budget...). Callers report it as a
/// limit, never as a crash: the message names the limit, its value and how to raise it.
/// </summary>
public class LimitExceededException(string limitName, string message) : Exception(message)
{
    /// <summary>The name of the <see cref="SafetyLimits"/> property that was exceeded.</summary>
    public string LimitName { get; } = limitName;
}

/// <summary>The cooperative deadline of <see cref="Deadline"/> passed.</summary>
public sealed class TimeBudgetExceededException(TimeSpan budget, LimitOption? limit = null)
    : LimitExceededException((limit ?? LimitOptions.StepTime).LimitName,
        $"unknown: time budget exceeded ({budget.TotalSeconds:0.###} s {((limit ?? LimitOptions.StepTime) == LimitOptions.StepTime ? "per step" : "per operation")}; {(limit ?? LimitOptions.StepTime).HowToRaise})")
{
    public TimeSpan Budget { get; } = budget;
}
