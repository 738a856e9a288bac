namespace Ift6135.Sym.Symbolic.Safety;

/// <summary>How a guarded piece of work ended.</summary>
public enum GuardedOutcome { Completed, LimitExceeded, TimedOut }

/// <summary>The result of <see cref="Guarded.Run{T}"/>: a value, or which limit stopped the work.</summary>
public sealed record GuardedResult<T>(GuardedOutcome Outcome, T? Value, string? Detail)
{
    public bool Completed => Outcome == GuardedOutcome.Completed;

    /// <summary>The work ignored its budget and its thread was left behind: a hang, as opposed to a reported time-out.</summary>
    public bool Abandoned { get; init; }
}

/// <summary>
/// Runs untrusted work on a dedicated thread with a large stack under a time budget. The budget is
/// enforced cooperatively (<see cref="Deadline"/>, checked whenever nodes are built) and, as a
/// backstop for loops that build nothing, by abandoning the thread after a grace period: it is a
/// background thread, so it cannot keep the process alive. Documented limit exceptions become a
/// <see cref="GuardedOutcome.LimitExceeded"/> result; any other exception (a parse error, or a
/// bug) is rethrown with its original stack.
/// </summary>
public static class Guarded
{
    public const int DefaultStackBytes = 64 << 20;

    public static GuardedResult<T> Run<T>(Func<T> work, TimeSpan budget, int stackBytes = DefaultStackBytes)
    {
        T? value = default;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            using var scope = Deadline.Start(budget);
            try { value = work(); }
            catch (Exception e) { failure = e; }
        }, stackBytes) { IsBackground = true, Name = "guarded work" };
        thread.Start();
        if (!thread.Join(budget + Grace(budget)))
            return new(GuardedOutcome.TimedOut, default, new TimeBudgetExceededException(budget).Message) { Abandoned = true };
        return failure switch
        {
            null => new(GuardedOutcome.Completed, value, null),
            TimeBudgetExceededException t => new(GuardedOutcome.TimedOut, default, t.Message),
            LimitExceededException l => new(GuardedOutcome.LimitExceeded, default, l.Message),
            Rewriting.ExpansionLimitException x => new(GuardedOutcome.LimitExceeded, default, x.Message),
            _ => Rethrow<T>(failure),
        };
    }

    /// <summary>Parse errors and bugs keep their type and stack for the caller to classify.</summary>
    private static GuardedResult<T> Rethrow<T>(Exception e)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw();
        return null!;
    }

    /// <summary>The cooperative check usually stops work on time; the hard stop waits a little longer.</summary>
    private static TimeSpan Grace(TimeSpan budget) => TimeSpan.FromMilliseconds(Math.Max(250, budget.TotalMilliseconds / 2));
}
