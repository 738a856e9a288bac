using System.Diagnostics;

namespace Ift6135.Sym.Symbolic.Safety;

/// <summary>
/// A cooperative, per-thread time budget. Engine work constructs nodes through Build, which calls
/// <see cref="Check"/>; so a long simplification stops at its next construction once the budget
/// is spent, by a <see cref="TimeBudgetExceededException"/>. Without an active deadline Check costs
/// one thread-static read.
/// </summary>
public static class Deadline
{
    [ThreadStatic] private static long deadlineTimestamp;
    [ThreadStatic] private static TimeSpan activeBudget;
    [ThreadStatic] private static LimitOption? activeLimit;
    [ThreadStatic] private static int calls;

    /// <summary>Calls of <see cref="CheckOften"/> per reading of the clock.</summary>
    private const int CallsPerClockRead = 16;

    /// <summary>
    /// Starts a budget on this thread until the returned scope is disposed (scopes nest: the earlier
    /// deadline wins). <paramref name="limit"/> names the limit reported when it passes (default: the step's).
    /// </summary>
    public static Scope Start(TimeSpan budget, LimitOption? limit = null)
    {
        var previous = new Scope(deadlineTimestamp, activeBudget, activeLimit);
        var end = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
        if (deadlineTimestamp == 0 || end < deadlineTimestamp)
        {
            deadlineTimestamp = end;
            activeBudget = budget;
            activeLimit = limit;
        }
        return previous;
    }

    public static bool IsActive => deadlineTimestamp != 0;

    public static bool Expired => deadlineTimestamp != 0 && Stopwatch.GetTimestamp() > deadlineTimestamp;

    /// <summary>Throws when the active budget is spent.</summary>
    public static void Check()
    {
        if (deadlineTimestamp != 0 && Stopwatch.GetTimestamp() > deadlineTimestamp)
            throw new TimeBudgetExceededException(activeBudget, activeLimit);
    }

    /// <summary>
    /// <see cref="Check"/> for the finest-grained check points (every sum and product built): reads the
    /// clock once every <see cref="CallsPerClockRead"/> calls, since reading it costs as much as building
    /// a small node (tens of nanoseconds on a virtual machine's clock). The budget can then be overrun by
    /// at most that many constructions, microseconds.
    /// </summary>
    public static void CheckOften()
    {
        if (deadlineTimestamp != 0 && ++calls % CallsPerClockRead == 0) Check();
    }

    public readonly struct Scope(long previousDeadline, TimeSpan previousBudget, LimitOption? previousLimit) : IDisposable
    {
        public void Dispose()
        {
            deadlineTimestamp = previousDeadline;
            activeBudget = previousBudget;
            activeLimit = previousLimit;
        }
    }
}
