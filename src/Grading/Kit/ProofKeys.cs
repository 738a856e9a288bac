using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Statement;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// Questions 3, 4 and 5: proofs and explanations. Their points are split over key steps (what a
/// teaching assistant looks for); a student's derivation is run through the checker and the points are
/// proposed, never final. A sub-question whose solution carries a machine-readable answer (e.g. a
/// choice in 3.2) also gets that answer as a field graded automatically.
/// </summary>
internal static class ProofKeys
{
    private static readonly Dictionary<string, (string Description, decimal Share)[]> Steps = new()
    {
        ["q3.1"] = [("write log p(x, z) = log p(z | x) + log p(x) and take the expectation under q", 0.4m),
                    ("recognize E_q[log p(z | x)] = -KL(q || p(z | x)) - H(q), with H(q) independent of theta", 0.4m),
                    ("conclude: the two objectives differ by a constant in theta, so they have the same maximizers", 0.2m)],
        ["q3.2"] = [("ELBO = log p(x) - KL(q || p(z | x)) for every q", 0.4m),
                    ("each q_i* maximizes the ELBO over the whole family Q, while q_phi*(.|x_i) is one member of Q", 0.4m),
                    ("hence KL(q_i* || p(z | x_i)) <= KL(q_phi*(z | x_i) || p(z | x_i)): the amortized divergence is the bigger one", 0.2m)],
        ["q3.3"] = [("bias: the amortized bound is looser (amortization gap), the instance-wise optimum is the tightest in Q", 0.34m),
                    ("computation: one encoder pass per point versus an optimization per data point", 0.33m),
                    ("memory: encoder parameters independent of n versus n sets of variational parameters", 0.33m)],
        ["q4.1"] = [("write q~ and cancel: log(p(x, z_1) / q~(z_1)) = log((1/K) sum_j p(x, z_j) / q(z_j | x))", 0.4m),
                    ("L_1[q~] as an expectation over z_1 ~ q~, then exchange the roles of the samples (symmetry hint)", 0.4m),
                    ("take the expectation over z_2:K and identify L_K", 0.2m)],
        ["q4.2"] = [("q_K >= 0 and it integrates to 1 (symmetry: K E[w_1 / sum_j w_j] = 1)", 0.4m),
                    ("Jensen with the concave -x log x (or log): L_1[q_K] >= E_{z_2:K}[L_1[q~]]", 0.4m),
                    ("combine with 4.1 to get L_1[q_K] >= L_K[q]", 0.2m)],
        ["q5.1"] = [("exhibit two inputs with the same output (the ReLU is constant on a half-line)", 0.6m),
                    ("handle the cases a = 0 or b = 0, and the sign of b", 0.4m)],
        ["q5.2"] = [("derivative of the inner sum: sum_i w_i a_i sigma'(a_i z + b_i) > 0", 0.5m),
                    ("the logit is strictly increasing on (0, 1) and the sum stays in (0, 1) (convex combination)", 0.3m),
                    ("composition of strictly increasing maps is strictly increasing", 0.2m)],
        ["q5.3"] = [("g'(z) = 1 + f'(z) > 0", 0.5m),
                    ("a function with positive derivative is strictly increasing, hence injective", 0.3m),
                    ("surjectivity (or invertibility onto its image) argued", 0.2m)],
        ["q5.4"] = [("take norms: ||y - z0|| = r (1 + beta / (alpha + r))", 0.3m),
                    ("the right side is strictly increasing in r when beta >= -alpha (derivative 1 + alpha beta / (alpha + r)^2 >= 0 ...)", 0.4m),
                    ("given r, z~ = (y - z0) / (r (1 + beta h(alpha, r))) is unique", 0.3m)],
    };

    public static IEnumerable<PartKey> Parts(AssignmentParameters parameters, Func<string, Part?> solutionPart)
    {
        foreach (var (id, steps) in Steps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var info = PartCatalog.Part(id);
            var points = parameters.PointsOf(id);
            var part = solutionPart(id);
            var fields = new List<FieldKey>();
            if (part?.Blocks.OfType<Result>().FirstOrDefault()?.Machine is ChoiceAnswer choice)
                fields.Add(new FieldKey("choice", AnswerKind.Choice, choice, 0.4m, "the alternative the solution establishes, as one word",
                    ["the word alone, in any case"], [], null));
            var share = 1m - fields.Sum(f => f.Weight);
            var keySteps = Split(steps, share * points);
            yield return new PartKey(id, info.Title, points, part?.Restatement ?? info.Restatement, fields, keySteps,
                "A derivation or an argument in LaTeX: displayed chains of (in)equalities (align*), one step per line, with a short justification after each step (\\text{...}).",
                ["% function: p, q, r, f, h"]);
        }
    }

    /// <summary>Points per step to the half point; the last step takes what rounding left, so the steps sum to the proof's points.</summary>
    private static KeyStep[] Split((string Description, decimal Share)[] steps, decimal total)
    {
        var result = new KeyStep[steps.Length];
        var given = 0m;
        for (var k = 0; k < steps.Length; k++)
        {
            var p = k == steps.Length - 1 ? total - given : Math.Round(steps[k].Share * total * 2, MidpointRounding.AwayFromZero) / 2;
            given += p;
            result[k] = new KeyStep(steps[k].Description, p);
        }
        return result;
    }
}
