using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>The sign reasoner's expansion: the general one, capped low so that reasoning never blows up.</summary>
internal static class PolynomialExpansion
{
    public const int MaxTerms = 96;

    /// <summary>The expanded form, or null when it would exceed <see cref="MaxTerms"/> terms.</summary>
    public static Expr? Expand(Expr e) => Rewrite.TryExpand(e, MaxTerms);
}
