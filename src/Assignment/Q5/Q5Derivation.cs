using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Statement;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Q5;

/// <summary>
/// Question 5: invertibility of one-dimensional flows. 5.1 exhibits two inputs with the same output;
/// 5.3 signs the derivative. Parts the engine cannot yet carry (5.2, 5.4) are marked not yet derived.
/// </summary>
public sealed class Q5Derivation(AssignmentParameters parameters, IStepVerifier verifier, DerivationLog log)
{
    private static readonly Symbol Z = Symbol.Of("z");

    public Question Derive()
    {
        var parts = new[] { ReluPart(), SigmoidMixturePart(), ResidualPart(), Pending("q5.4") };
        return new Question(5, PartCatalog.QuestionTitles[5], Inline.Of(PartCatalog.QuestionSummaries[5]), [], parts, []);
    }

    private Part ReluPart()
    {
        const string id = "q5.1";
        Symbol a = Symbol.Of("a"), b = Symbol.Of("b", Facts.Real | Facts.Nonzero), c = Symbol.Of("c");
        Expr G(Expr z) => Build.Mul(a, Build.Relu(Build.Add(Build.Mul(b, z), c)));
        // Two inputs that the inner affine map sends to -1 and -2: both below the ReLU's kink.
        var z1 = Build.Div(Build.Sub(Number.MinusOne, c), b);
        var z2 = Build.Div(Build.Sub(Number.Of(-2), c), b);
        var none = AssumptionSet.None;
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("The map is ", new RelationItem(Relation.Eq(Apply.Of("g", Z), G(Z))), ". The rectifier is flat on the negative half-line, so every input that the inner map sends below zero has the same output. Take (for b not zero) the two inputs")),
            new Formula(new ListItem([new RelationItem(Relation.Eq(Symbol.Indexed("z", Facts.Real, Number.One), z1)), new RelationItem(Relation.Eq(Symbol.Indexed("z", Facts.Real, Number.Two), z2))])),
            new ChainBuilder(id, "g1", verifier, none, log, new ExprItem(G(z1))).Equal(Number.Zero, "the inner value is -1, where the rectifier is 0").Build(),
            new ChainBuilder(id, "g2", verifier, none, log, new ExprItem(G(z2))).Equal(Number.Zero, "the inner value is -2, where the rectifier is 0").Build(),
            new ChainBuilder(id, "distinct", verifier, none, log, new ExprItem(Build.Sub(z1, z2))).Equal(Build.Pow(b, Number.MinusOne), "subtract").Step(RelationKind.NotEqual, Number.Zero, Justification.Algebra("b is not zero")).Build(),
            new Prose(Inline.Of("Two different inputs share the output 0, so g is not injective and has no inverse. (If b = 0, g is constant and the conclusion is immediate.)")),
            new Result(Inline.Of("g is not invertible: it maps two distinct inputs to the same value."), new BooleanAnswer(false)),
        };
        return MakePart(id, blocks);
    }

    /// <summary>5.2: the derivative of logit(sum w_i sigmoid(a_i z + b_i)) is positive; its sign is read by the engine.</summary>
    private Part SigmoidMixturePart()
    {
        const string id = "q5.2";
        var n = parameters.Q5.SigmoidComponents;
        var w = Enumerable.Range(1, n).Select(i => Symbol.Indexed("w", Facts.Positive, Number.Of(i))).ToArray();
        var a = Enumerable.Range(1, n).Select(i => Symbol.Indexed("a", Facts.Positive, Number.Of(i))).ToArray();
        var b = Enumerable.Range(1, n).Select(i => Symbol.Indexed("b", Facts.Real, Number.Of(i))).ToArray();
        var mixture = Build.Add(Enumerable.Range(0, n).Select(i => Build.Mul(w[i], Build.Sigmoid(Build.Add(Build.Mul(a[i], Z), b[i])))).ToArray());
        var g = Build.Logit(mixture);
        var weightsSumToOne = new Relation(RelationKind.Equal, Build.Add(w), Number.One);
        var assumptions = AssumptionSet.Of(weightsSumToOne);
        var derivative = Differentiation.Diff(g, Z);
        var blocks = new List<Block>
        {
            new Prose(Inline.Of($"With {n} components the map is ", new RelationItem(Relation.Eq(Apply.Of("g", Z), g)),
                ", with positive weights and slopes and ", new RelationItem(weightsSumToOne), ". The mixture inside the logit is a convex combination of values in (0, 1), hence strictly between 0 and 1, so the logit is defined everywhere:")),
            new ChainBuilder(id, "lower", verifier, assumptions, log, new ExprItem(mixture)).Step(RelationKind.Greater, Number.Zero, Justification.Algebra("positive weights times positive sigmoids")).Build(),
            new ChainBuilder(id, "upper", verifier, assumptions, log, new ExprItem(mixture)).Step(RelationKind.Less, Number.One, Justification.Algebra("a convex combination of values below 1")).Build(),
            new Prose(Inline.Of("Its derivative, by the chain rule:")),
            new ChainBuilder(id, "slope", verifier, assumptions, log, new ExprItem(derivative))
                .Step(RelationKind.Greater, Number.Zero, Justification.Algebra("every factor is positive: weights, slopes, sigmoids and one minus sigmoids, and the mixture and one minus the mixture"))
                .Build(),
            new Prose(Inline.Of("A derivative that is positive on the whole real line makes g strictly increasing there (mean value theorem).")),
            new Result(Inline.Of("g is strictly increasing on the whole real line."), new BooleanAnswer(true)),
        };
        log.Record(new LedgerEntry(id, "mvt", new ExprItem(derivative), RelationKind.Greater, new ExprItem(Number.Zero), StepMethod.Logical, 0, 0,
            "positive derivative everywhere implies strictly increasing (mean value theorem)"));
        MonotonicityCheck(id, g, w, a, b);
        return MakePart(id, blocks);
    }

    /// <summary>Evaluates g on a grid with random admissible parameters (fixed seed) and checks it increases.</summary>
    private void MonotonicityCheck(string id, Expr g, Symbol[] w, Symbol[] a, Symbol[] b)
    {
        const int seed = 52;
        var random = new Random(seed);
        var raw = w.Select(_ => random.NextDouble() + 0.1).ToArray();
        var point = new Dictionary<Symbol, double>();
        for (var i = 0; i < w.Length; i++)
        {
            point[w[i]] = raw[i] / raw.Sum();
            point[a[i]] = random.NextDouble() * 3 + 0.1;
            point[b[i]] = random.NextDouble() * 4 - 2;
        }
        var values = Enumerable.Range(-40, 81).Select(k =>
        {
            point[Z] = k / 8.0;
            return Symbolic.Numeric.Evaluator.EvaluateReal(g, point);
        }).ToArray();
        var increasing = values.Zip(values.Skip(1), (x, y) => y > x).All(v => v);
        log.Check(id, "g increases on a grid of 81 points in [-5, 5] with random admissible parameters", increasing,
            $"seed {seed}; g from {values[0]:0.###} to {values[^1]:0.###}");
    }

    private Part ResidualPart()
    {
        const string id = "q5.3";
        var f = Apply.Of("f", Z);
        var g = Build.Add(Z, f);
        var derivative = Differentiation.Diff(g, Z);
        var fPrime = Differentiation.Diff(f, Z);
        var assumption = AssumptionSet.Of(new Relation(RelationKind.Greater, fPrime, Number.MinusOne));
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Differentiate ", new RelationItem(Relation.Eq(Apply.Of("g", Z), g)), " and use the hypothesis ", new RelationItem(assumption.Relations[0]), ":")),
            new ChainBuilder(id, "slope", verifier, assumption, log, new ExprItem(derivative))
                .Step(RelationKind.Greater, Number.Zero, Justification.Algebra("the derivative of f exceeds -1"))
                .Build(),
            new Prose(Inline.Of("A differentiable function whose derivative is positive everywhere is strictly increasing (mean value theorem), hence injective; it is a bijection onto its image, where its inverse is defined.")),
            new Result(Inline.Of("g is strictly increasing, hence invertible (onto its image)."), new BooleanAnswer(true)),
        };
        log.Record(new LedgerEntry(id, "mvt", new ExprItem(derivative), RelationKind.Greater, new ExprItem(Number.Zero), StepMethod.Logical, 0, 0,
            "positive derivative everywhere implies strictly increasing (mean value theorem)"));
        return MakePart(id, blocks);
    }

    private Part Pending(string id)
    {
        var info = PartCatalog.Part(id);
        return Part.NotYetDerived(id, info.Title, parameters.PointsOf(id), info.Restatement);
    }

    private Part MakePart(string id, IReadOnlyList<Block> blocks)
    {
        var info = PartCatalog.Part(id);
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }
}
