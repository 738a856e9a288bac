using Ift6135.Sym.Tests.Checking;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// The deterministic stream of (target, input) pairs of a fuzz campaign: input k depends only on the
/// seed and k's position in the stream, so a run is reproducible from its seed and count. Roughly:
/// grammar-generated and mutated infix for the infix parser (a fifth of them also through the
/// engine), generated and mutated LaTeX for the LaTeX parser, and mutated documents (the checker's
/// step fixtures, its sample document, the hardening corpus) and generated chains for the checker.
/// </summary>
internal sealed class FuzzInputs(int seed)
{
    private readonly InfixGrammarGenerator grammar = new(seed);
    private readonly TextMutator mutator = new(seed + 1);
    private readonly Random random = new(seed + 2);
    private readonly string[] infixSeeds = Corpus.Infix.Concat(Generate(new InfixGrammarGenerator(seed + 3), 40)).ToArray();
    private readonly string[] documentSeeds = DocumentSeeds();

    public IEnumerable<(FuzzTarget Target, string Input)> Take(long count)
    {
        for (long k = 0; k < count; k++) yield return Next(k);
    }

    private (FuzzTarget, string) Next(long k) => (k % 20) switch
    {
        0 or 1 or 2 or 3 => (FuzzTarget.Infix, grammar.Next()),
        4 or 5 or 6 => (FuzzTarget.Infix, mutator.Mutate(Pick(infixSeeds))),
        7 => (FuzzTarget.InfixEngine, grammar.Next()),
        8 => (FuzzTarget.InfixEngine, mutator.Mutate(Pick(infixSeeds))),
        9 or 10 or 11 => (FuzzTarget.Latex, LatexSpelling.Of(grammar.Next())),
        12 or 13 or 14 => (FuzzTarget.Latex, mutator.Mutate(Pick(Corpus.Latex))),
        15 or 16 or 17 => (FuzzTarget.Checker, mutator.Mutate(Pick(documentSeeds))),
        _ => (FuzzTarget.Checker, GeneratedChain()),
    };

    /// <summary>A chain of generated relations in an align environment, sometimes after a declaration.</summary>
    private string GeneratedChain()
    {
        var relations = new[] { "=", "&=", "\\le", "&\\ge", "<", "\\ne" };
        var steps = random.Next(1, 4);
        var body = LatexSpelling.Of(grammar.Next());
        for (var s = 0; s < steps; s++) body += $" {relations[random.Next(relations.Length)]} {LatexSpelling.Of(grammar.Next())} \\\\\n";
        var declaration = random.Next(3) == 0 ? "% assume: x > 0, alpha > 0\n" : "";
        return $"{declaration}\\begin{{align}}\n{body}\\end{{align}}\n";
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static IEnumerable<string> Generate(InfixGrammarGenerator g, int n) => Enumerable.Range(0, n).Select(_ => g.Next());

    private static string[] DocumentSeeds()
    {
        var sample = Path.Combine(CheckingFolder(), "Samples", "student.tex");
        var fixtures = StepFixtures.All.Select(f => f.Document());
        return [.. Corpus.Documents, .. fixtures, .. File.Exists(sample) ? [File.ReadAllText(sample)] : Array.Empty<string>()];
    }

    private static string CheckingFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here)!)!, "Checking");
}

/// <summary>A crude respelling of generated infix as LaTeX (enough to reach LaTeX-only paths).</summary>
internal static class LatexSpelling
{
    public static string Of(string infix) => infix
        .Replace("sqrt(", @"\sqrt(").Replace("sin(", @"\sin(").Replace("cos(", @"\cos(").Replace("log(", @"\log(")
        .Replace("exp(", @"\exp(").Replace("alpha", @"\alpha").Replace("beta", @"\beta").Replace("sigma", @"\sigma")
        .Replace("pi", @"\pi").Replace("*", @" \cdot ").Replace("mu[i]", @"\mu_i").Replace("mu[k]", @"\mu_k");
}
