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
        var parts = new[] { ReluPart(), Pending("q5.2"), ResidualPart(), Pending("q5.4") };
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
