using System.Globalization;

namespace Ift6135.Sym.Checking.Reports;

public enum StepStatus
{
    /// <summary>The step holds (for every value allowed by the assumptions, or at every sampled point: see the method).</summary>
    Valid,
    /// <summary>The step fails: a counterexample was found and re-evaluated.</summary>
    Invalid,
    /// <summary>Neither could be established.</summary>
    Unknown,
    /// <summary>A logical step (≈, ⇒, ⇔, :=, ∈): reported, never checked, never valid.</summary>
    NotChecked,
    /// <summary>A side could not be read or lowered (a located input error).</summary>
    Error,
    /// <summary>A definition (:=, \coloneqq, or any relation of a "% define:" environment): not a claim; later steps read the name through it.</summary>
    Definition,
}

/// <summary>
/// Where the step fails: the value of each symbol (by name), and both sides' values there; the same in
/// LaTeX printed by the engine (<see cref="Printed"/>, <see cref="LeftLatex"/>, <see cref="RightLatex"/>) for the tex report.
/// </summary>
public sealed record CounterexampleReport(IReadOnlyDictionary<string, double> Values, string Left, string Right,
    IReadOnlyList<PrintedValue>? Printed = null, string? LeftLatex = null, string? RightLatex = null, IReadOnlyList<string>? Functions = null)
{
    /// <summary>
    /// The point as text, "z_{0,1} = 0.5": each name as LaTeX, as the student wrote it (the infix z_0[1] is the
    /// engine's spelling, not the student's), its value as a number; the infix names when no LaTeX was printed.
    /// </summary>
    public IEnumerable<string> PointText()
    {
        var printed = (Printed ?? []).Where(p => p.Number is not null).ToList();
        return printed.Count > 0
            ? printed.Select(p => $"{p.Name} = {p.Number!.Value.ToString("G6", CultureInfo.InvariantCulture)}")
            : Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} = {v.Value.ToString("G6", CultureInfo.InvariantCulture)}");
    }
}

/// <summary>A symbol and its value, both as LaTeX printed by the engine: \alpha, 0.5; Number is the value (null for a function put for an undefined one).</summary>
public sealed record PrintedValue(string Name, string Value, double? Number = null);

/// <summary>
/// One step "Left Relation Right" of a chain, at its source place (the right-hand side's line and column).
/// Method is "symbolic", "sign reasoning" or "numeric" for a valid step; Points and Seed describe numeric sampling.
/// Left and Right are the source text; LeftLatex and RightLatex the sides as read, re-printed by the engine
/// (null when a side could not be read), which the tex report shows instead of the source.
/// </summary>
public sealed record StepReport(
    int Line,
    int Column,
    string Left,
    string Relation,
    string Right,
    StepStatus Status,
    string? Method,
    int? Points,
    int? Seed,
    CounterexampleReport? Counterexample,
    string? Justification,
    string? Detail,
    string? LeftLatex = null,
    string? RightLatex = null)
{
    /// <summary>A step whose sides are printed when the report is read (<see cref="LeftLatex"/>): only the tex and JSON reports read them.</summary>
    internal StepReport(int line, int column, string left, string relation, string right, StepStatus status, string? method, int? points, int? seed,
        CounterexampleReport? counterexample, string? justification, string? detail, Lazy<string?> leftLatex, Lazy<string?> rightLatex)
        : this(line, column, left, relation, right, status, method, points, seed, counterexample, justification, detail) =>
        (leftLater, rightLater) = (leftLatex, rightLatex);

    // Printing both sides was ~8% of checking the fixture corpus, for reports whose text form never shows them.
    private readonly Lazy<string?>? leftLater;
    private readonly Lazy<string?>? rightLater;

    public string? LeftLatex { get => leftLater is null ? field : leftLater.Value; init { field = value; leftLater = null; } } = LeftLatex;

    public string? RightLatex { get => rightLater is null ? field : rightLater.Value; init { field = value; rightLater = null; } } = RightLatex;

    /// <summary>What the detail of an equation a later line solved begins with (<see cref="IsSolvedEquation"/>).</summary>
    internal const string SolvedEquationDetail = "an equation, solved on line ";

    /// <summary>
    /// An equation not claimed for every value that a later line solved (its roots, or the radius of a quadratic, checked there):
    /// the student reached it, though it is no identity; a key step written as that equation is found in it.
    /// </summary>
    public bool IsSolvedEquation => Status == StepStatus.NotChecked && Detail?.StartsWith(SolvedEquationDetail, StringComparison.Ordinal) == true;

    /// <summary>The step as not checked, for the reason <paramref name="detail"/>: a condition, an equation to solve, a statement of a logical chain.</summary>
    internal StepReport NotClaimed(string detail) =>
        this with { Status = StepStatus.NotChecked, Method = null, Points = null, Seed = null, Counterexample = null, Detail = detail };
}

/// <summary>A chain: the steps of one display (or of one group of continued lines), and its conclusion (first expression, weakest relation, last expression).</summary>
public sealed record ChainReport(int Line, int Column, string Environment, IReadOnlyList<StepReport> Steps, StepReport? Conclusion);

/// <summary>A formula or declaration that could not be read: located, with the source line.</summary>
public sealed record InputErrorReport(int Line, int Column, string Message, string SourceLine);

public sealed record CheckSummary(int Valid, int Invalid, int Unknown, int NotChecked, int Errors, int Definitions = 0);

/// <summary>
/// The result of checking one document. Exit code policy: 2 when the input has errors (unreadable
/// file, a formula or declaration that cannot be read), else 1 when some checked step is invalid or
/// unknown, else 0 (every checked step valid; logical steps and definitions do not count).
/// </summary>
public sealed record CheckReport(string File, IReadOnlyList<ChainReport> Chains, IReadOnlyList<InputErrorReport> Errors, CheckSummary Summary)
{
    public int ExitCode => Errors.Count > 0 ? 2 : Summary.Invalid + Summary.Unknown > 0 ? 1 : 0;

    public static CheckSummary Summarize(IReadOnlyList<ChainReport> chains, int errors)
    {
        var steps = chains.SelectMany(c => c.Steps).ToList();
        return new CheckSummary(
            steps.Count(s => s.Status == StepStatus.Valid),
            steps.Count(s => s.Status == StepStatus.Invalid),
            steps.Count(s => s.Status == StepStatus.Unknown),
            steps.Count(s => s.Status == StepStatus.NotChecked),
            errors,
            steps.Count(s => s.Status == StepStatus.Definition));
    }
}
