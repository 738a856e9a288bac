using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Assignment;

public class ChainBuilderTests
{
    /// <summary>A stand-in verifier: accepts a relation exactly when its sides agree at a few integer points.</summary>
    private sealed class PointwiseVerifier : IStepVerifier
    {
        public List<Relation> Seen { get; } = [];

        public StepCheck Verify(Relation relation, AssumptionSet assumptions)
        {
            Seen.Add(relation);
            var symbols = relation.Left.Descendants().Concat(relation.Right.Descendants()).OfType<Symbol>().Distinct().ToArray();
            var ok = Enumerable.Range(1, 4).All(v =>
            {
                var point = symbols.ToDictionary(s => s, _ => (double)v);
                var l = Symbolic.Numeric.Evaluator.EvaluateReal(relation.Left, point);
                var r = Symbolic.Numeric.Evaluator.EvaluateReal(relation.Right, point);
                return relation.Kind switch { RelationKind.Equal => Math.Abs(l - r) < 1e-9, RelationKind.Less => l < r, _ => false };
            });
            return new StepCheck(ok ? StepOutcome.Valid : StepOutcome.Invalid, StepMethod.Numeric, 4, 99, "test points 1..4");
        }
    }

    private static readonly Symbol X = Symbol.Of("x");

    [Fact]
    public void AProductOfMatricesWrittenOutIsCheckedAsItsProduct()
    {
        // [[1, a], [-a, 1]] [d, g] = [d + a g, g - a d] by hand; a wrong sign in the result is refused.
        Symbol a = Symbol.Of("a"), d = Symbol.Of("d"), g = Symbol.Of("g");
        var m = Matrix.Of(2, 2, (r, c) => (r, c) switch { (0, 1) => a, (1, 0) => -(Expr)a, _ => Number.One });
        var product = new ProductItem([new MatrixItem(m), new MatrixItem(Matrix.Column(d, g))]);
        var log = new DerivationLog();
        new ChainBuilder("q9.1", "p", new PointwiseVerifier(), AssumptionSet.None, log, product)
            .Equal(Matrix.Column(d + a * g, g - a * d), "multiply").Build();
        Assert.Single(log.Ledger);
        Assert.Throws<DerivationFailedException>(() => new ChainBuilder("q9.1", "q", new PointwiseVerifier(), AssumptionSet.None, new DerivationLog(), product)
            .Equal(Matrix.Column(d + a * g, g + a * d), "multiply"));
    }

    [Fact]
    public void ADeterminantWrittenOutIsCheckedAsItsValue()
    {
        // det [[l - 1, -a], [a, l - 1]] = (l - 1)^2 + a^2 = l^2 - 2 l + 1 + a^2 by hand.
        Symbol a = Symbol.Of("a"), l = Symbol.Of("l");
        var m = Matrix.Of(2, 2, (r, c) => (r, c) switch { (0, 1) => -(Expr)a, (1, 0) => a, _ => l - 1 });
        var log = new DerivationLog();
        new ChainBuilder("q9.1", "det", new PointwiseVerifier(), AssumptionSet.None, log, new DeterminantItem(m))
            .Equal(l * l - 2 * l + 1 + a * a, "expand").Build();
        Assert.Single(log.Ledger);
        Assert.Throws<DerivationFailedException>(() => new ChainBuilder("q9.1", "det2", new PointwiseVerifier(), AssumptionSet.None, new DerivationLog(), new DeterminantItem(m))
            .Equal(l * l - 2 * l + 1 - a * a, "expand"));
    }

    [Fact]
    public void ValidStepsAreVerifiedAndLedgered()
    {
        var verifier = new PointwiseVerifier();
        var log = new DerivationLog();
        var chain = new ChainBuilder("q9.1", "c", verifier, AssumptionSet.None, log, new ExprItem((X + 1) * (X + 1)))
            .Equal(X * X + 2 * X + 1, "expand")
            .Step(RelationKind.Less, X * X + 2 * X + 2, Justification.Algebra("add 1"))
            .Build();
        Assert.Equal(2, chain.Steps.Count);
        Assert.Equal(2, verifier.Seen.Count);
        Assert.Equal(RelationKind.Less, verifier.Seen[1].Kind);
        Assert.Equal(["c.1", "c.2"], log.Ledger.Select(e => e.Step));
        Assert.All(log.Ledger, e => Assert.Equal((StepMethod.Numeric, 4, 99), (e.Method, e.Points, e.Seed)));
    }

    [Fact]
    public void AFalseStepStopsTheDerivationNamingPartAndStep()
    {
        var builder = new ChainBuilder("q6.3", "eig", new PointwiseVerifier(), AssumptionSet.None, new DerivationLog(), new ExprItem(X * 2))
            .Equal(X + X, "double");
        var e = Assert.Throws<DerivationFailedException>(() => builder.Equal(X * 3, "wrong"));
        Assert.Equal("q6.3", e.PartId);
        Assert.Equal("eig.2", e.Step);
        Assert.StartsWith("q6.3: step eig.2:", e.Message);
    }

    [Fact]
    public void LogicalStepsAreMarkedAndNotSentToTheVerifier()
    {
        var verifier = new PointwiseVerifier();
        var log = new DerivationLog();
        var chain = new ChainBuilder("q4.2", "j", verifier, AssumptionSet.None, log, new ExprItem(X))
            .Logical(RelationKind.LessOrEqual, X * 5, "Jensen's inequality")
            .Build();
        Assert.Empty(verifier.Seen);
        Assert.True(chain.Steps[0].Justification.IsLogical);
        Assert.Equal(StepMethod.Logical, log.Ledger[0].Method);
    }

    [Fact]
    public void MatrixStepsAreCheckedEntrywise()
    {
        var verifier = new PointwiseVerifier();
        var start = Matrix.FromRows([[X + X, 0], [0, 1]]);
        var builder = new ChainBuilder("q6.1", "m", verifier, AssumptionSet.None, new DerivationLog(), new MatrixItem(start));
        builder.Equal(Matrix.FromRows([[2 * X, 0], [0, 1]]), "collect");
        Assert.Equal(4, verifier.Seen.Count);
        Assert.Throws<DerivationFailedException>(() => builder.Equal(Matrix.FromRows([[2 * X, 1], [0, 1]]), "wrong"));
    }
}
