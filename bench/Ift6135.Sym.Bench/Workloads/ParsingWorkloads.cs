using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

namespace Ift6135.Sym.Bench.Workloads;

/// <summary>Infix parsing of a mixture density with n components (n top-level terms once parsed).</summary>
public static class ParsingWorkloads
{
    public static IEnumerable<Workload> Infix(IEnumerable<int> sizes) =>
        sizes.Select(n => new Workload("parse.infix", n, () => ParseOf(MixtureText(n)), Fingerprints.TermCount));

    /// <summary>Same text as bench/reference/engine.py: w_i·exp(-(a_i z + b_i)²/2)/sqrt(2π), joined by +.</summary>
    public static string MixtureText(int n) =>
        string.Join(" + ", Enumerable.Range(0, n).Select(i => $"w{i}*exp(-(a{i}*z + b{i})**2/2)/sqrt(2*pi)"));

    private static Func<object> ParseOf(string text) => () => InfixParser.Parse(text, new SymbolTable());
}
