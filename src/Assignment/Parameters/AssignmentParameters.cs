using System.Text.Json.Serialization;
using Ift6135.Sym.Assignment.Questions;

namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>
/// Everything a teaching assistant may vary in the assignment. The defaults reproduce the
/// statement exactly; a JSON file overrides any subset (see <see cref="ParametersLoader"/>).
/// </summary>
public sealed record AssignmentParameters
{
    // A constructor with optional parameters, not property initializers: the JSON source generator
    // assigns every init-only property, so initializers would be overwritten by null when a key is absent.
    [JsonConstructor]
    public AssignmentParameters(Q1Parameters? q1 = null, Q2Parameters? q2 = null, Q3Parameters? q3 = null, Q4Parameters? q4 = null, Q5Parameters? q5 = null, Q6Parameters? q6 = null, IReadOnlyList<PartPoints>? points = null)
    {
        Q1 = q1 ?? new();
        Q2 = q2 ?? new();
        Q3 = q3 ?? new();
        Q4 = q4 ?? new();
        Q5 = q5 ?? new();
        Q6 = q6 ?? new();
        Points = points ?? DefaultPoints.All;
    }

    public Q1Parameters Q1 { get; init; }
    public Q2Parameters Q2 { get; init; }
    public Q3Parameters Q3 { get; init; }
    public Q4Parameters Q4 { get; init; }
    public Q5Parameters Q5 { get; init; }
    public Q6Parameters Q6 { get; init; }

    /// <summary>Points per sub-question id ("q1.1" ...), in the order of the statement; they sum to 100.</summary>
    public IReadOnlyList<PartPoints> Points { get; init; }

    public static AssignmentParameters Default { get; } = new();

    public int PointsOf(string partId) =>
        Points.FirstOrDefault(p => p.Part == partId)?.Points
        ?? throw new KeyNotFoundException($"No points are given for the sub-question {partId}.");
}

/// <summary>The points of one sub-question.</summary>
public sealed record PartPoints(string Part, int Points);

/// <summary>The statement's headings: Q1 4-4-4-4, Q2 6-3-6-3, Q3 5-5-6, Q4 8-8, Q5 5-5-5-6, Q6 4-3-6.</summary>
public static class DefaultPoints
{
    private static readonly int[][] PerQuestion = [[4, 4, 4, 4], [6, 3, 6, 3], [5, 5, 6], [8, 8], [5, 5, 5, 6], [4, 3, 6]];

    public static IReadOnlyList<PartPoints> All { get; } =
        PerQuestion.SelectMany((parts, q) => parts.Select((p, i) => new PartPoints($"q{q + 1}.{i + 1}", p))).ToArray();
}
