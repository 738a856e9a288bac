using Ift6135.Sym.Assignment.Model;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// The grading reference of one sub-question. A part with <see cref="Fields"/> is graded automatically;
/// a part with only <see cref="KeySteps"/> (a proof, an explanation) gets proposed points, to be
/// confirmed by a teaching assistant. <see cref="Declarations"/> are the LaTeX comment declarations
/// (% assume:, % matrix: ...) under which the answer is read.
/// </summary>
public sealed record PartKey(
    string Id,
    string Title,
    int Points,
    Inline Restatement,
    IReadOnlyList<FieldKey> Fields,
    IReadOnlyList<KeyStep> KeySteps,
    string Expectation,
    IReadOnlyList<string> Declarations)
{
    public bool IsComputable => Fields.Count > 0;

    public FieldKey? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>
    /// The name the later answers of the question give this answer's value (A of q6.1 in q6.3's det(A - \lambda I)): the
    /// template asks for the bare matrix, so an answer that does not write "A = .." is read as defining it there.
    /// </summary>
    public string? ValueName { get; init; }
}
