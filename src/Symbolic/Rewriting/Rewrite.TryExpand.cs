using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

public static partial class Rewrite
{
    /// <summary>
    /// The expanded form, or null when a step would produce more than <paramref name="maxTerms"/> terms
    /// or the result has more than that many: for reasoners that must stay cheap and give up honestly.
    /// </summary>
    public static Expr? TryExpand(Expr e, int maxTerms)
    {
        try
        {
            var expanded = Expand(e, maxTerms);
            return expanded is Sum s && s.Terms.Count > maxTerms ? null : expanded;
        }
        catch (ExpansionLimitException)
        {
            return null;
        }
    }
}
