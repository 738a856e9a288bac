using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Symbolic.Safety;

/// <summary>
/// The bounds that keep untrusted input (students' LaTeX, TAs' parameter files, folders of
/// submissions) from exhausting memory, the stack or the clock. Every limit is configurable, and
/// each one that is hit is reported by name (<see cref="LimitExceededException"/>, or a located
/// parse error), never silently truncated.
/// </summary>
public sealed record SafetyLimits
{
    public static readonly SafetyLimits Default = new();

    private static SafetyLimits global = Default;
    private static readonly AsyncLocal<SafetyLimits?> Scoped = new();

    /// <summary>
    /// The limits the parsers and guards read when none are passed explicitly: those of the innermost
    /// <see cref="Use"/> scope on this flow of execution, else the process-wide value set here.
    /// </summary>
    public static SafetyLimits Current
    {
        get => Scoped.Value ?? global;
        set => global = value;
    }

    /// <summary>Limits for this flow of execution only (it flows into threads it starts), until disposed.</summary>
    public static IDisposable Use(SafetyLimits limits)
    {
        var previous = Scoped.Value;
        Scoped.Value = limits;
        return new Restore(() => Scoped.Value = previous);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>Largest input file or text, in bytes (UTF-8) or characters.</summary>
    public long MaxInputBytes { get; init; } = 1 << 20;

    /// <summary>Deepest nesting of brackets, operators or groups a parser accepts.</summary>
    public int MaxNestingDepth { get; init; } = 200;

    /// <summary>Most digits in one literal number.</summary>
    public int MaxNumberDigits { get; init; } = 10_000;

    /// <summary>Largest |n| for which a power of a number is computed exactly; above it the power stays unevaluated.</summary>
    public int MaxExactExponent { get; init; } = 10_000;

    /// <summary>Most terms one expansion may produce.</summary>
    public int MaxExpansionTerms { get; init; } = Rewrite.DefaultMaxTerms;

    /// <summary>Time for one step (one equivalence decision); past it the verdict is "unknown: time budget exceeded".</summary>
    public TimeSpan StepTimeBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Time for one calc operation (a direct request to the engine, which may legitimately be large: a 300×300 determinant).</summary>
    public TimeSpan OperationTimeBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time for one whole submission when grading a folder.</summary>
    public TimeSpan SubmissionTimeBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Pushes the exponent bound into construction (<see cref="Construction.Limits"/>), which reads its own static.</summary>
    public void ApplyToConstruction() => Construction.Limits.MaxExactExponent = MaxExactExponent;
}
