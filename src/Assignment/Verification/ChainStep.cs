using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Assignment.Verification;

/// <summary>One link of a chain: "R expression", why it holds, and how that was checked.</summary>
public sealed record ChainStep(RelationKind Relation, MathItem Expression, Justification Justification, StepCheck Check);
