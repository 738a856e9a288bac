using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// The computable answers of question 5, each read from the solution's derivation: the counterexample
/// pair of 5.1 (checked by evaluating g, not by comparison with the solution's pair), the derivatives whose
/// sign 5.2 and 5.3 study (the start of the solution's "slope" chain), and the radius of 5.4 (the solution's
/// "r = ..."). The mistakes are the engine's computations done the mistaken way.
/// </summary>
internal static class Q5Fields
{
    public static IEnumerable<FieldKey> For(string id, Part? part, AssignmentParameters parameters) => id switch
    {
        "q5.1" => Optional(Pair(part)),
        "q5.2" => Optional(Derivative(part, 0.3m, "g'(z), the derivative of g, written out for the " + parameters.Q5.SigmoidComponents + " components",
            inner => new Mistake("chain rule stopped at the mixture", "the derivative of the inner sum only, without the factor of the logit",
                new ExprAnswer(Differentiation.Diff(inner, Symbol.Of("z"))), 0.25m))),
        "q5.3" => Optional(Derivative(part, 0.3m, "g'(z), the derivative of g", _ => null)),
        "q5.4" => Optional(Radius(part)),
        _ => [],
    };

    /// <summary>The declarations under which the answers of a sub-question are read.</summary>
    public static IReadOnlyList<string> Declarations(string id, AssignmentParameters parameters) => id switch
    {
        "q5.1" => ["% assume: b \\ne 0"],
        // The statement's weights are positive and sum to 1: without the sum, g's argument can leave (0, 1) and g'(z) > 0 fails.
        // And the statement's N as the number of components of this variant: "s(z) = \sum_{i=1}^{N} w_i \sigma(a_i z + b_i)" with N free
        // was refuted at N = 1 against the given g of two components (and "s(z) < 1" at N = 3, weights not summing to 1).
        "q5.2" => [.. Enumerable.Range(1, parameters.Q5.SigmoidComponents).Select(i => $"% assume: w_{i} > 0, a_{i} > 0"),
            "% assume: " + string.Join(" + ", Enumerable.Range(1, parameters.Q5.SigmoidComponents).Select(i => $"w_{i}")) + " = 1",
            $"% given: N = {parameters.Q5.SigmoidComponents}"],
        // The statement's hypothesis (beta >= -alpha suffices) and the radius a norm: what a derivation of (i) works under.
        "q5.4" => ["% assume: \\alpha > 0, d \\ge 0", "% assume: \\beta \\ge -\\alpha, r \\ge 0"],
        _ => [],
    };

    /// <summary>
    /// The map of 5.1 to 5.3 as the solution states it (and 5.1's ReLU f, as the statement does), given as definitions: a derivation
    /// that differentiates g without defining it again had its steps refused ("a declared function before a prime") or refuted.
    /// </summary>
    public static IReadOnlyList<string> Definitions(string id, Part? part)
    {
        if (id is not ("q5.1" or "q5.2" or "q5.3") || MapOf(part) is not var (variable, image)) return [];
        var map = $"% given: g({LatexPrinter.Print(variable)}) := {LatexPrinter.Print(image)}";
        return id == "q5.1" ? ["% given: f(x) := \\max(0, x)", map] : [map];
    }

    private static IEnumerable<FieldKey> Optional(FieldKey? field) => field is null ? [] : [field];

    /// <summary>5.1: two different inputs with the same output, for every admissible a, b, c (b is not 0).</summary>
    private static FieldKey? Pair(Part? part)
    {
        var pair = SolutionChains.IndexedValues(part, "z");
        var map = MapOf(part);
        if (pair is not { Count: 2 } || map is null) return null;
        var (variable, image) = map.Value;
        var b = Substitution.FreeSymbols(image).FirstOrDefault(s => s.Name == "b");
        var c = Substitution.FreeSymbols(image).FirstOrDefault(s => s.Name == "c");
        var mistakes = new List<WitnessMistake>();
        if (b is not null && c is not null)
        {
            // The same construction with b z + c = -b and -2 b: below the kink only when b > 0.
            var example = new ExprListAnswer([Build.Div(Build.Sub(Build.Neg(b), c), b), Build.Div(Build.Sub(Build.Mul(Number.Of(-2), b), c), b)]);
            mistakes.Add(new WitnessMistake(new Mistake("only for b > 0", "the two inputs have the same output only when b > 0 (the sign of b not handled)", example, 0.5m),
                new Relation(RelationKind.Greater, b, Number.Zero)));
        }
        return new FieldKey("inputs", AnswerKind.Witness, new ExprListAnswer(pair), 0.4m,
            "two different inputs (z_1, z_2) with g(z_1) = g(z_2), in terms of a, b, c: checked by evaluating g",
            ["any pair of different inputs with the same output, for every a, b, c with b not 0 (e.g. both sent below 0 by b z + c)"],
            mistakes.Select(m => m.Mistake).ToArray(), Witness: new WitnessTest(variable, image, mistakes));
    }

    /// <summary>The map g(z) = ... as the solution states it (the first relation or definition "g(z) = ..." in its prose or formulas).</summary>
    private static (Symbol Variable, Expr Image)? MapOf(Part? part) =>
        part?.Blocks.SelectMany(b => b switch
            {
                Prose p => p.Text.Pieces.OfType<MathPiece>().Select(m => m.Math),
                Formula f => [f.Math],
                _ => [],
            }).SelectMany(SolutionChains.Stated)
            .Where(r => r.Left is Apply { Name: "g", Arguments: [Symbol] })
            .Select(r => (((Symbol)((Apply)r.Left).Arguments[0]), r.Right))
            .Select(x => ((Symbol, Expr)?)x).FirstOrDefault();

    private static FieldKey? Derivative(Part? part, decimal weight, string expectation, Func<Expr, Mistake?> mistake)
    {
        if (SolutionChains.Conclusion(part, "slope") is not { } slope) return null;
        var inner = SolutionChains.Conclusion(part, "lower")?.Left;
        var m = inner is null ? null : mistake(inner);
        return new FieldKey("derivative", AnswerKind.Expression, new ExprAnswer(slope.Left), weight, expectation,
            ["any equivalent expression: sigma'(x) as sigma(x)(1 - sigma(x)), the logit's derivative as 1 / (u (1 - u)), f'(z) or \\frac{df}{dz}"],
            m is null ? [] : [m]);
    }

    /// <summary>5.4: the nonnegative root of the radius equation; the other root is the classic mistake.</summary>
    private static FieldKey? Radius(Part? part)
    {
        if (SolutionChains.DefinedValue(part, "r") is not { } root) return null;
        var mistakes = new List<Mistake>();
        if (SolutionChains.Conclusion(part, "quadratic") is { } q && Substitution.FreeSymbols(q.Right).FirstOrDefault(s => s.Name == "r") is { } r)
        {
            // The solution writes its root by the quadratic formula (the discriminant as a square plus a product), not as the
            // solver does: the other root is the one not equivalent to it.
            var other = Solver.Solve(Relation.Eq(q.Right, Number.Zero), r)
                .FirstOrDefault(x => !EquivalenceChecker.Decide(x, root, Symbolic.Assumptions.Assumptions.None).IsValid);
            if (other is not null)
                mistakes.Add(new Mistake("negative root", "the other root of the quadratic, which is never positive (the product of the roots is -alpha d)", new ExprAnswer(other), 0.25m));
        }
        // 0.25 of 6 points: 1.5, on the half-point grid and the points of the derivatives of 5.2 and 5.3 (0.3 of 5).
        return new FieldKey("radius", AnswerKind.Expression, new ExprAnswer(root), 0.25m,
            "the radius r in terms of d = ||y - z0||, alpha and beta, as 'r = ...'",
            ["any equivalent closed form of the nonnegative root"], mistakes);
    }
}

/// <summary>
/// A field answered by an example rather than a value: a pair of inputs that <see cref="Map"/> (a function of
/// <see cref="Variable"/>) sends to the same output. A pair that works only under a restriction is a known mistake.
/// </summary>
public sealed record WitnessTest(Symbol Variable, Expr Map, IReadOnlyList<WitnessMistake> Mistakes);

/// <summary>A known mistake of a witness: the example holds under <see cref="Restriction"/> only.</summary>
public sealed record WitnessMistake(Mistake Mistake, Relation Restriction);
