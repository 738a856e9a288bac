namespace Ift6135.Sym.Render;

/// <summary>
/// The names one question's declarations are made of (<see cref="Declarations.NamesOf"/>), each list printed, without repeats and in
/// ordinal order: the undefined functions it applies, its plain (unindexed) symbols, and its random variables in their order.
/// </summary>
public sealed record QuestionNames(IReadOnlyList<string> Functions, IReadOnlyList<string> Symbols, IReadOnlyList<string> Random);
