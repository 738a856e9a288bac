using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Statement;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>
/// Question 6: the update matrix of simultaneous gradient play on V(d, g), its stationary point, and
/// the eigenvalue analysis (with the alternating and extragradient variants). Every matrix,
/// polynomial and root is computed by the engine; every chain is verified before it is kept.
/// </summary>
public sealed class Q6Derivation(AssignmentParameters parameters, IStepVerifier verifier, DerivationLog log)
{
    private readonly Q6Game game = new(parameters.Q6);
    private readonly Symbol lambda = Symbol.Of("lambda", Symbolic.Assumptions.Facts.None);

    private ChainBuilder Chain(string part, string id, MathItem start, Symbolic.Assumptions.Assumptions? assumptions = null) =>
        new(part, id, verifier, assumptions ?? game.Assumptions, log, start);

    public Question Derive()
    {
        var a = game.UpdateMatrix(Optimizer.Simultaneous);
        var parts = new[] { UpdateMatrixPart(a), StationaryPointPart(), EigenPart(a) };
        return new Question(6, PartCatalog.QuestionTitles[6], Inline.Of(PartCatalog.QuestionSummaries[6]), Setup(), parts, []);
    }

    private IReadOnlyList<Block> Setup() =>
    [
        new Prose(Inline.Of("The value of the game, read from the parameters, and its partial derivatives:")),
        new Formula(new ListItem([
            new RelationItem(Relation.Eq(Apply.Of("V", game.D, game.G), game.Value)),
            new RelationItem(Relation.Eq(Apply.Of("V", game.D, game.G).Differentiated(0), game.ValueD)),
            new RelationItem(Relation.Eq(Apply.Of("V", game.D, game.G).Differentiated(1), game.ValueG)),
        ])),
        new Prose(Inline.Of("The discriminator d ascends V and the generator g descends it, both with learning rate ", game.Alpha, " (", new RelationItem(new Relation(RelationKind.Greater, game.Alpha, Number.Zero)), "), and both evaluate the gradient at the current point.")),
    ];

    private Part UpdateMatrixPart(Matrix a)
    {
        const string id = "q6.1";
        var update = game.Update(Optimizer.Simultaneous);
        var state = Matrix.Column(game.Dk, game.Gk);
        var chain = Chain(id, "linear", new MatrixItem(update))
            .Equal(MatrixOps.Multiply(a, state), "the update is linear in the state; its matrix is the Jacobian of the update")
            .Build(Inline.Of("The update written as a matrix times the state (checked entry by entry):"));
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("One simultaneous step from the state ", state, " gives")),
            new Formula(new EqualityItem(new MatrixItem(Matrix.Column(game.DNext, game.GNext)), new MatrixItem(update))),
            chain,
            new Formula(new DefinitionItem(Symbol.Of("A"), new MatrixItem(a))),
            new Result(Inline.Of("The update matrix is ", new DefinitionItem(Symbol.Of("A"), new MatrixItem(a)), "."), new MatrixAnswer(a)),
        };
        var info = PartCatalog.Part(id);
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    private Part StationaryPointPart()
    {
        const string id = "q6.2";
        var equations = new[] { Relation.Eq(game.ValueD, Number.Zero), Relation.Eq(game.ValueG, Number.Zero) };
        var solution = Solver.AnalyzeLinearSystem(equations, [game.D, game.G]);
        if (solution.Status != LinearSystemStatus.Unique || solution.Values is null)
            throw new DerivationFailedException(id, "solve", null, $"the gradient of V does not vanish at a unique point ({solution.Status})");
        var dStar = solution.Values[game.D];
        var gStar = solution.Values[game.G];
        var fixedPoint = game.Step(Optimizer.Simultaneous, dStar, gStar);
        var chain = Chain(id, "fixed", new MatrixItem(Matrix.Column(fixedPoint.D, fixedPoint.G)))
            .Equal(Matrix.Column(dStar, gStar), "substitute the point into the update")
            .Build(Inline.Of("The point is left unchanged by the update:"));
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Both partial derivatives vanish when")),
            new Formula(new ListItem(equations.Select(e => (MathItem)new RelationItem(e)).ToArray())),
            new Prose(Inline.Of("Solving this system gives the single point")),
            new Formula(new ListItem([new RelationItem(Relation.Eq(game.D, dStar)), new RelationItem(Relation.Eq(game.G, gStar))])),
            chain,
        };
        blocks.AddRange(SaddleBlocks(id));
        blocks.Add(new Result(Inline.Of("The stationary point is ", new ListItem([new RelationItem(Relation.Eq(game.D, dStar)), new RelationItem(Relation.Eq(game.G, gStar))]), "."),
            new ExprListAnswer([dStar, gStar])));
        var info = PartCatalog.Part(id);
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    /// <summary>The Hessian's eigenvalues classify the point (a saddle when they have both signs).</summary>
    private IEnumerable<Block> SaddleBlocks(string id)
    {
        var h = Differentiation.Hessian(game.Value, [game.D, game.G]);
        var eig = Eigenvalues.Compute(h);
        if (!eig.Exact || !eig.Values.All(v => v.IsNumber(out _))) yield break;
        var signs = eig.Values.Select(v => { v.IsNumber(out var n); return n.Sign; }).ToArray();
        var kind = signs.Any(s => s > 0) && signs.Any(s => s < 0) ? "a saddle point: V increases along one direction and decreases along another, which is the equilibrium a zero-sum game looks for"
            : signs.All(s => s > 0) ? "a minimum of V" : signs.All(s => s < 0) ? "a maximum of V" : "degenerate (a zero eigenvalue)";
        yield return new Prose(Inline.Of("The Hessian of V is ", new MatrixItem(h), " with eigenvalues ", new SetItem(eig.Values.Select(v => (MathItem)new ExprItem(v)).ToArray()), $", so the point is {kind}."));
    }

    private Part EigenPart(Matrix a)
    {
        const string id = "q6.3";
        var blocks = new List<Block>();
        var roots = EigenBlocks(id, a, blocks);
        var modulus = ComplexParts.Modulus(roots[0]);
        blocks.Add(new Prose(Inline.Of("Each eigenvalue has modulus")));
        blocks.Add(Chain(id, "modulus", new ExprItem(modulus))
            .Step(RelationKind.Greater, Number.One, Justification.Algebra($"since {game.Alpha.Name} > 0"))
            .Build());
        blocks.AddRange(NormGrowthBlocks(id, a));
        blocks.AddRange(new OptimizerComparison(game, verifier, log, lambda).Blocks(id, parameters.Q6.Optimizers));
        blocks.Add(new Result(
            Inline.Of("The eigenvalues of A are ", new SetItem(roots.Select(r => (MathItem)new ExprItem(r)).ToArray()), ", of modulus ", modulus,
                " > 1: the iterates spiral away from the stationary point, their norm growing by this factor at every step; simultaneous gradient play diverges (unless it starts at the point itself)."),
            new CompositeAnswer([("eigenvalues", new ExprListAnswer(roots)), ("modulus", new ExprAnswer(modulus)), ("behaviour", new ChoiceAnswer("diverges"))])));
        var info = PartCatalog.Part(id);
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    /// <summary>Characteristic polynomial, its roots (each checked by substitution), and the engine's own eigenvalues as a cross-check.</summary>
    private IReadOnlyList<Expr> EigenBlocks(string id, Matrix a, List<Block> blocks)
    {
        var p = CharacteristicPolynomial.Of(a, lambda);
        var shifted = MatrixOps.Subtract(MatrixOps.Scale(lambda, Matrix.Identity(a.Rows)), a);
        blocks.Add(new Prose(Inline.Of("The eigenvalues are the roots of the characteristic polynomial, the determinant of ", new MatrixItem(shifted), ":")));
        blocks.Add(Chain(id, "charpoly", new ExprItem(Determinant.Of(shifted)))
            .Equal(p, "expand the determinant")
            .Build());
        var roots = Solver.RootsWithMultiplicity(Relation.Eq(p, Number.Zero), lambda);
        blocks.Add(new Prose(Inline.Of("Its roots are ", new SetItem(roots.Select(r => (MathItem)new ExprItem(r)).ToArray()), "; each is checked by substitution:")));
        foreach (var (root, n) in roots.Select((r, n) => (r, n)))
            blocks.Add(Chain(id, $"root{n + 1}", new ExprItem(Substitution.Substitute(p, lambda, root)))
                .Equal(Number.Zero, "substitute the root and expand, with i squared equal to -1")
                .Build());
        var engine = Eigenvalues.Compute(a);
        log.Check(id, "eigenvalues of A by the engine's eigenvalue routine equal the roots found",
            engine.Exact && SameMultiset(engine.Values, roots),
            $"roots {string.Join(", ", roots)}; eigenvalue routine ({engine.Method}) {string.Join(", ", engine.Values)}");
        return roots;
    }

    private bool SameMultiset(IReadOnlyList<Expr> a, IReadOnlyList<Expr> b)
    {
        if (a.Count != b.Count) return false;
        var rest = b.ToList();
        foreach (var x in a)
        {
            var match = rest.FindIndex(y => verifier.Verify(Relation.Eq(x, y), game.Assumptions).IsValid);
            if (match < 0) return false;
            rest.RemoveAt(match);
        }
        return true;
    }

    /// <summary>A^T A is a multiple of the identity, so the norm grows by the same factor at every step.</summary>
    private IEnumerable<Block> NormGrowthBlocks(string id, Matrix a)
    {
        var ata = MatrixOps.Multiply(MatrixOps.Transpose(a), a);
        var factor = ata[0, 0];
        yield return new Prose(Inline.Of("Moreover the matrix is a scaled rotation:"));
        yield return Chain(id, "ata", new MatrixItem(ata))
            .Equal(MatrixOps.Scale(factor, Matrix.Identity(a.Rows)), "multiply A transposed by A")
            .Build();
        var next = MatrixOps.Multiply(a, Matrix.Column(game.Dk, game.Gk));
        var normNext = Build.Add(Build.Pow(next[0, 0], 2), Build.Pow(next[1, 0], 2));
        var norm = Build.Add(Build.Pow(game.Dk, 2), Build.Pow(game.Gk, 2));
        yield return new Prose(Inline.Of("so the squared norm of the state is multiplied by ", factor, " at every step:"));
        yield return Chain(id, "norm", new ExprItem(Build.Add(Build.Pow(game.DNext, 2), Build.Pow(game.GNext, 2))))
            .Logical(RelationKind.Equal, normNext, "definition of the update")
            .Equal(Build.Mul(factor, norm), "expand and collect")
            .Build();
        var k = game.StepIndex;
        var x0 = Build.Add(Build.Pow(Symbol.Indexed(game.D.Name, Symbolic.Assumptions.Facts.Real, Number.Zero), 2), Build.Pow(Symbol.Indexed(game.G.Name, Symbolic.Assumptions.Facts.Real, Number.Zero), 2));
        yield return new Prose(Inline.Of("By induction on k, ", new RelationItem(Relation.Eq(norm, Build.Mul(Build.Pow(factor, k), x0))),
            ", which grows without bound whenever the start is not the stationary point."));
        NumericCheck(id, factor);
    }

    /// <summary>Runs the exact update at a concrete learning rate and checks the growth factor step by step.</summary>
    private void NumericCheck(string id, Expr factor)
    {
        var rate = Number.Of(1, 10);
        Expr d = Number.One, g = Number.Zero;
        var expected = Substitution.Substitute(factor, game.Alpha, rate);
        var ok = true;
        for (var step = 0; step < 30 && ok; step++)
        {
            var before = d * d + g * g;
            var (dn, gn) = game.Step(Optimizer.Simultaneous, d, g);
            (d, g) = (Substitution.Substitute(dn, game.Alpha, rate), Substitution.Substitute(gn, game.Alpha, rate));
            ok = (d * d + g * g).Equals(expected * before);
        }
        log.Check(id, $"exact iteration at {game.Alpha.Name} = 1/10 from (1, 0), 30 steps",
            ok, $"the squared norm was multiplied by exactly {expected} at every step");
    }
}
