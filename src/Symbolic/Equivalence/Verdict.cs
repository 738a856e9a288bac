using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Equivalence;

public enum Outcome { Valid, Invalid, Unknown }

/// <summary>How a verdict was reached. Numeric validity is probabilistic: it says "agreed at N random points".</summary>
public enum VerdictMethod { Symbolic, SignReasoning, Numeric, None }

/// <summary>A point where the two sides differ (or the relation fails), with both sides' values there.</summary>
public sealed record Counterexample(IReadOnlyDictionary<Symbol, double> Point, double Left, double Right)
{
    public override string ToString() =>
        $"at {string.Join(", ", Point.Select(kv => $"{kv.Key} = {Format(kv.Value)}"))}: left = {Format(Left)}, right = {Format(Right)}";

    private static string Format(double d) => d.ToString("G10", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The decision on an identity or relation, with how it was reached and the seed that makes it reproducible.</summary>
public sealed record Verdict(Outcome Outcome, VerdictMethod Method, int Points, int Seed, Counterexample? Counterexample, string Detail)
{
    public bool IsValid => Outcome == Outcome.Valid;
    public bool IsInvalid => Outcome == Outcome.Invalid;

    public override string ToString() => Outcome switch
    {
        Outcome.Valid when Method == VerdictMethod.Numeric => $"Valid (numeric, {Points} points, seed {Seed}): {Detail}",
        Outcome.Valid => $"Valid ({Method}): {Detail}",
        Outcome.Invalid => $"Invalid: {Counterexample} ({Detail})",
        _ => $"Unknown: {Detail}",
    };
}
