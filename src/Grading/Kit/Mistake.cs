using Ift6135.Sym.Assignment.Model;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// A common mistake and the wrong answer it produces, computed by the engine from the mistaken
/// method (not typed in); an answer equal to <see cref="Wrong"/> earns <see cref="Credit"/> of the field's points.
/// </summary>
/// <see cref="Display"/>, when given, is how the rubric shows the wrong answer (a compact general form
/// of a long instantiated expression).
public sealed record Mistake(string Name, string Description, Answer Wrong, decimal Credit, MathItem? Display = null);
