namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>Thrown when expanding would produce more terms than allowed, before any of them is built.</summary>
public sealed class ExpansionLimitException(long wouldProduce, int limit, string what)
    : Exception($"Expanding {what} would produce {wouldProduce} terms, more than the limit of {limit} {Safety.LimitOptions.Describe(nameof(Safety.SafetyLimits.MaxExpansionTerms))}.")
{
    public long WouldProduce { get; } = wouldProduce;
    public int Limit { get; } = limit;
}
