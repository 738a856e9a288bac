using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// One key step of a proof and the points it carries; <see cref="Formula"/> is engine mathematics when there is one.
/// A step with a <see cref="Check"/> relation (taken from the solution's verified chain) is looked for in the
/// student's derivation: a valid step of the student equivalent to it earns the points (proposed, to confirm);
/// a step without one is judged by a teaching assistant.
/// </summary>
public sealed record KeyStep(string Description, decimal Points, MathItem? Formula = null, Relation? Check = null);
