using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// How a chain applies each declared density, when always the same way: q(z \mid x) for q in
/// "\mathbb{E}_{q(z \mid x)}[\log q(z \mid x)] = -H(q)". The density named alone in the chain (H(q), KL(q \| p(z \mid x))) is then that
/// application, not q(z) of the random variable or of the other argument, which made the step unknown.
/// </summary>
internal static class DensityForms
{
    public static IReadOnlyDictionary<string, ApplyNode> In(IEnumerable<MathNode> formulas, LatexContext context)
    {
        var forms = new Dictionary<string, ApplyNode>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        // An expectation's subscript applies its density too (\mathbb{E}_{q(z \mid x)}), beside its body.
        var nodes = formulas.SelectMany(MathNodes.SelfAndDescendants).ToList();
        var applications = nodes.OfType<ApplyNode>().Concat(nodes.OfType<ExpectationNode>().Select(e => e.Distribution).OfType<ApplyNode>());
        foreach (var a in applications)
        {
            var key = a.Function.Key;
            if (a is not { Partials: null, Primes: 0 } || !context.IsFunction(key) || context.FunctionDefinitionOf(key) is not null
                || !a.Arguments.All(x => x is NameNode)) continue;
            if (!forms.TryGetValue(key, out var seen)) forms[key] = a;
            else if (Signature(seen) != Signature(a)) ambiguous.Add(key);
        }
        foreach (var key in ambiguous) forms.Remove(key);
        return forms;
    }

    private static string Signature(ApplyNode a) => $"{a.Bar}:{string.Join(",", a.Arguments.Select(x => ((NameNode)x).Key))}";
}
