using Ift6135.Sym.Assignment.Model;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// One computable field of a sub-question's answer: its kind, the engine's answer, the share of the
/// sub-question's points it carries, the forms accepted as equal, and the known mistakes.
/// <see cref="Display"/>, when given, is how the rubric shows the expected answer (the compact general
/// form of a long expression that is compared at an instantiated size). <see cref="Choices"/> lists the words a <see cref="AnswerKind.Choice"/> field accepts.
/// <see cref="Size"/>, when given, is the K at which the field's K x K matrices are declared and a K in the answer is read.
/// <see cref="Witness"/> is how a <see cref="AnswerKind.Witness"/> field is checked (by evaluation, not by comparison with <see cref="Expected"/>).
/// </summary>
public sealed record FieldKey(
    string Name,
    AnswerKind Kind,
    Answer Expected,
    decimal Weight,
    string Expectation,
    IReadOnlyList<string> AcceptedForms,
    IReadOnlyList<Mistake> Mistakes,
    IReadOnlyList<string>? Choices = null,
    MathItem? Display = null,
    WitnessTest? Witness = null,
    int? Size = null);
