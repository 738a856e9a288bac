using Ift6135.Sym.Assignment.Model;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>One key step of a proof and the points it carries; <see cref="Formula"/> is engine mathematics when there is one.</summary>
public sealed record KeyStep(string Description, decimal Points, MathItem? Formula = null);
