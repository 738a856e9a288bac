using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Statement;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// Questions 3, 4 and 5: proofs and explanations. Their points are split over key steps; a key step named
/// after a chain of the solution carries that chain's conclusion, looked for in the student's checked
/// derivation, and the others are judged by a teaching assistant. Every computable part of an answer
/// (the bigger divergence in 3.2, a counterexample pair in 5.1, a derivative in 5.2 and 5.3, the radius
/// in 5.4) is a field graded automatically, its expected value read from the solution.
/// </summary>
internal static class ProofKeys
{
    /// <summary>A key step: the solution chain whose conclusion it is (null: judged by a teaching assistant), what it says, its share.</summary>
    private sealed record StepSpec(string? Chain, string Description, decimal Share);

    private static StepSpec Text(string description, decimal share) => new(null, description, share);

    private static readonly Dictionary<string, StepSpec[]> Steps = new()
    {
        ["q3.1"] = [Text("write log p(x, z) = log p(z | x) + log p(x) and take the expectation under q", 0.4m),
                    Text("recognize E_q[log p(z | x)] = -KL(q || p(z | x)) - H(q), with H(q) independent of theta", 0.4m),
                    Text("conclude: the two objectives differ by a constant in theta, so they have the same maximizers", 0.2m)],
        ["q3.2"] = [Text("ELBO = log p(x) - KL(q || p(z | x)) for every q", 0.4m),
                    Text("each q_i* maximizes the ELBO over the whole family Q, while q_phi*(.|x_i) is one member of Q", 0.4m),
                    Text("hence KL(q_i* || p(z | x_i)) <= KL(q_phi*(z | x_i) || p(z | x_i))", 0.2m)],
        ["q3.3"] = [Text("bias: the amortized bound is looser (amortization gap), the instance-wise optimum is the tightest in Q", 0.34m),
                    Text("computation: one encoder pass per point versus an optimization per data point", 0.33m),
                    Text("memory: encoder parameters independent of n versus n sets of variational parameters", 0.33m)],
        ["q4.1"] = [Text("write q~ and cancel: log(p(x, z_1) / q~(z_1)) = log((1/K) sum_j p(x, z_j) / q(z_j | x))", 0.4m),
                    Text("L_1[q~] as an expectation over z_1 ~ q~, then exchange the roles of the samples (symmetry hint)", 0.4m),
                    Text("take the expectation over z_2:K and identify L_K", 0.2m)],
        ["q4.2"] = [Text("q_K >= 0 and it integrates to 1 (symmetry: K E[w_1 / sum_j w_j] = 1)", 0.4m),
                    Text("Jensen with the concave -x log x (or log): L_1[q_K] >= E_{z_2:K}[L_1[q~]]", 0.4m),
                    Text("combine with 4.1 to get L_1[q_K] >= L_K[q]", 0.2m)],
        ["q5.1"] = [new("distinct", "the two inputs are different", 0.5m),
                    Text("the ReLU is 0 on the negative half-line, so both outputs are equal; a = 0 or b = 0 make g constant", 0.5m)],
        ["q5.2"] = [new("lower", "the inner sum is positive", 0.25m),
                    new("upper", "the inner sum is below 1 (a convex combination of values in (0, 1)), so the logit is defined", 0.25m),
                    new("slope", "the derivative is positive", 0.3m),
                    Text("a positive derivative everywhere makes g strictly increasing (mean value theorem)", 0.2m)],
        ["q5.3"] = [new("slope", "the derivative 1 + f'(z) is positive", 0.5m),
                    Text("a function with positive derivative is strictly increasing, hence injective", 0.3m),
                    Text("surjectivity (or invertibility onto its image) argued", 0.2m)],
        ["q5.4"] = [new("factor", "the scalar 1 + beta h(alpha, r) is nonnegative when beta >= -alpha", 0.2m),
                    new("slope", "the radius map r (1 + beta / (alpha + r)) has a nonnegative derivative: it is increasing", 0.3m),
                    new("quadratic", "the radius equation as a quadratic in r", 0.2m),
                    new("direction", "given r > 0 the scalar is positive, so the direction (y - z0) / (r (1 + beta h)) is unique", 0.3m)],
    };

    public static IEnumerable<PartKey> Parts(AssignmentParameters parameters, Func<string, Part?> solutionPart)
    {
        foreach (var (id, steps) in Steps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var info = PartCatalog.Part(id);
            var points = parameters.PointsOf(id);
            var part = solutionPart(id);
            var fields = Q5Fields.For(id, part, parameters).ToList();
            if (id == "q3.2" && BiggerField(part) is { } bigger) fields.Add(bigger);
            var share = 1m - fields.Sum(f => f.Weight);
            var keySteps = Split(steps.Select(s => (s.Description, s.Share, s.Chain is null ? null : SolutionChains.Conclusion(part, s.Chain))).ToArray(), share * points);
            yield return new PartKey(id, info.Title, points, part?.Restatement ?? info.Restatement, fields, keySteps,
                Expectation(fields),
                [.. Q5Fields.Declarations(id, parameters), id.StartsWith("q5", StringComparison.Ordinal) ? "% function: f, h" : "% function: p, q, r, f, h",
                 .. Randoms(id), .. ModelGivens(id), .. Q5Fields.Definitions(id, part)]);
        }
    }

    /// <summary>
    /// Question 3's latent variable z, the random variable of its expectations, as the solution declares it: the entropy H(q) of
    /// a density named alone is then -E_q[log q(z)] (without it H(q) stayed a functional, and "= log p(x) - KL(q || p(z | x)) - H(q)"
    /// was undecided), and what does not depend on z comes out of an expectation.
    /// </summary>
    private static IEnumerable<string> Randoms(string id) => id.StartsWith("q3", StringComparison.Ordinal) ? ["% random: z"] : [];

    /// <summary>
    /// The statement's definitions and hypotheses a derivation rests on, given in the template so that the checker reads them as the
    /// statement does (after the function declarations, which they may use).
    /// Question 3's model, p_\theta(x) = \int p_\theta(x | z) p(z) dz: its prior has no parameter, so p_\theta(z) = p(z), which a derivation
    /// through Bayes' rule (p_\theta(x | z) p(z) = p_\theta(z | x) p_\theta(x)) uses; without it that step was unknown or refuted.
    /// Question 5.4's radial flow (42), its h, the unit direction of z = z_0 + r \tilde{z} and the d of the radius field: a derivation
    /// that starts from (42) had its first steps refuted (y and h free) and every step after "taking norms" unknown or refuted.
    /// </summary>
    private static IEnumerable<string> ModelGivens(string id) => id switch
    {
        // 3.2's two optima as the statement defines them: a step comparing the ELBO at q_i^* with its value at another member of Q holds by
        // them (read for any function, it was refuted by a random instance of the ELBO). And the statement's ELBO, of a distribution q: the
        // lines that rewrite L(\theta, q_i^*; x_i) >= L(\theta, q_{\phi^*}; x_i) as a comparison of divergences from the posterior follow from it
        // (unknown with L any function).
        "q3.2" => ["% given: p_\\theta(z) = p(z)", "% given: \\phi^* = \\arg\\max_{\\phi} \\sum_{i=1}^{n} \\mathcal{L}(\\theta, \\phi; x_i)",
            "% given: q_i^* = \\arg\\max_{q_i \\in Q} \\mathcal{L}(\\theta, q_i; x_i)", Elbo],
        // 3.3's bias argument, log p(x_i) - L(theta, q; x_i) = KL(q || p(z | x_i)) >= 0, holds by the same ELBO.
        "q3.3" => ["% given: p_\\theta(z) = p(z)", Elbo],
        _ when id.StartsWith("q3", StringComparison.Ordinal) => ["% given: p_\\theta(z) = p(z)"],
        // The statement's refined proposal, z_1 = z written out of the sum: "log p(x, z_1) / q~(z_1 | x, z_{2:K}) = log (1/K) sum_j w_j"
        // and q~ = q K w_1 / sum_j w_j were unknown with q~ any function. And the statement's hint for 4.2, f(x) = -x log x: "by
        // concavity of $f(t) = -t \\log t$" was refuted with f any function (f = 0).
        "q4.1" => [RefinedProposal],
        "q4.2" => ["% given: f(x) := -x \\log x", RefinedProposal],
        // The statement's hypothesis df/dz > -1 (after "% function: f", which its prime needs): without it a student's
        // g(z_2) - g(z_1) > 0 was refuted by f = 0.
        "q5.3" => ["% assume: f'(z) > -1"],
        // h before the map that applies it, as the statement defines them (either order is read the same). And the statement's
        // "write z = z0 + r z~": without it r was a number unrelated to z, and "taking norms, ||y - z_0|| = r (1 + beta/(alpha + r))"
        // was refuted unless the student wrote z = z_0 + r z~ again.
        "q5.4" => ["% given: h(\\alpha, r) = \\frac{1}{\\alpha + r}", "% given: y = z + \\beta h(\\alpha, r)(z - z_0)",
            "% given: z = z_0 + r \\tilde{z}", "% given: \\|\\tilde{z}\\| = 1", "% given: d = \\|y - z_0\\|"],
        _ => [],
    };

    /// <summary>The statement's ELBO of question 3, of a distribution q (the statement's q_\phi(z | x), or q_i).</summary>
    private const string Elbo = @"% given: \mathcal{L}(\theta, q; x) := \mathbb{E}_{q}[\log p_\theta(x \mid z)] - D_{KL}(q \| p(z))";

    /// <summary>Question 4's q~(z | x, z_2, .., z_K) = p(x, z) / ((1/K) sum_{j=1}^K p(x, z_j) / q(z_j | x)) with z_1 = z, as a definition.</summary>
    private const string RefinedProposal = @"% given: \tilde{q}(z \mid x, z_{2:K}) := \frac{p(x, z)}{\frac{1}{K} \left(\frac{p(x, z)}{q(z \mid x)} + \sum_{j=2}^{K} \frac{p(x, z_j)}{q(z_j \mid x)}\right)}";

    private static string Expectation(IReadOnlyList<FieldKey> fields)
    {
        const string derivation = "A derivation in LaTeX: displayed chains of (in)equalities (align*), one step per line, with a short justification after each step (\\text{...}).";
        return fields.Count == 0 ? derivation
            : derivation + " Then, each on a line of its own: " + string.Join("; ", fields.Select(f => $"'{f.Name}:' and {f.Expectation}")) + ".";
    }

    /// <summary>3.2 asks which divergence is bigger; the solution's verdict "X >= Y" names it.</summary>
    private static FieldKey? BiggerField(Part? part)
    {
        if (SolutionAnswers.Find<ChoiceAnswer>(part, "bigger") is not { } verdict) return null;
        var sides = verdict.Choice.Split(">=", StringSplitOptions.TrimEntries);
        if (sides.Length != 2) return null;
        string[] choices = [sides[0], sides[1], "equal"];
        return new FieldKey("bigger", AnswerKind.Choice, new ChoiceAnswer(sides[0]), 0.4m,
            $"which divergence is bigger, as one word: {string.Join(", ", choices)}", ["the word alone, in any case, or in a sentence naming only it"],
            [
                new Mistake("inequality reversed", $"{sides[1]} said to be the bigger divergence", new ChoiceAnswer(sides[1]), 0m),
                new Mistake("always equal", "the two divergences said to be equal; they are only when the encoder attains every per-point optimum", new ChoiceAnswer("equal"), 0m),
            ], choices);
    }

    /// <summary>Points per step to the half point; the last step takes what rounding left, so the steps sum to the proof's points.</summary>
    internal static KeyStep[] Split((string Description, decimal Share, Relation? Check)[] steps, decimal total)
    {
        var result = new KeyStep[steps.Length];
        var given = 0m;
        for (var k = 0; k < steps.Length; k++)
        {
            var p = k == steps.Length - 1 ? total - given : Math.Round(steps[k].Share * total * 2, MidpointRounding.AwayFromZero) / 2;
            given += p;
            var check = steps[k].Check;
            result[k] = new KeyStep(steps[k].Description, p, check is null ? null : SolutionChains.Display(check), check);
        }
        return result;
    }
}
