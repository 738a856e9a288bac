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
/// For a V that is not quadratic, A is the Jacobian of the update at the stationary point and the
/// conclusions are about the iterates near that point.
/// </summary>
public sealed class Q6Derivation(AssignmentParameters parameters, IStepVerifier verifier, DerivationLog log)
{
    public const string Diverges = "diverges", Converges = "converges", Cycles = "cycles";

    private readonly Q6Game game = new(parameters.Q6);
    private readonly Symbol lambda = Symbol.Of("lambda", Symbolic.Assumptions.Facts.None);

    private ChainBuilder Chain(string part, string id, MathItem start, Symbolic.Assumptions.Assumptions? assumptions = null) =>
        new(part, id, verifier, assumptions ?? game.Assumptions, log, start);

    private MathItem Rate => game.RateSymbol is { } s ? new RelationItem(new Relation(RelationKind.Greater, s, Number.Zero)) : new RelationItem(Relation.Eq(Symbol.Of("alpha"), game.Alpha));

    public Question Derive()
    {
        var a = game.UpdateMatrix(Optimizer.Simultaneous);
        var parts = new[] { UpdateMatrixPart(a), StationaryPointPart(), EigenPart(a) };
        return new Question(6, PartCatalog.QuestionTitles[6], Summary(), Setup(), parts, []);
    }

    /// <summary>
    /// The statement's summary for its own game; a variant's game is named by its value, as an expression: the equation V(d, g) = ..
    /// in this prose was checked (V is declared a function there, its definition comes after) and refuted by V = 0.
    /// </summary>
    private Inline Summary() => parameters.Q6.Value == new Q6Parameters().Value
        ? Inline.Of(PartCatalog.QuestionSummaries[6])
        : Inline.Of("Two players, d and g, with the value ", new ExprItem(game.Value),
            " update by gradient steps; the dynamics near the stationary point are analysed through the eigenvalues of the update matrix.");

    private IReadOnlyList<Block> Setup() =>
    [
        new Prose(Inline.Of("The value of the game and its partial derivatives:")),
        new Formula(new DefinitionItem(Apply.Of("V", game.D, game.G), new ExprItem(game.Value))),
        Formula.Established(new ListItem([
            new RelationItem(Relation.Eq(Apply.Of("V", game.D, game.G).Differentiated(0), game.ValueD)),
            new RelationItem(Relation.Eq(Apply.Of("V", game.D, game.G).Differentiated(1), game.ValueG)),
        ])),
        new Prose(Inline.Of("The discriminator d ascends V and the generator g descends it, both with learning rate ", Rate, ", and both evaluate the gradient at the current point.")),
    ];

    private Part UpdateMatrixPart(Matrix a)
    {
        const string id = "q6.1";
        var update = game.Update(Optimizer.Simultaneous);
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("One simultaneous step from the state ", Matrix.Column(game.Dk, game.Gk), " gives")),
            Formula.Established(new EqualityItem(new MatrixItem(Matrix.Column(game.DNext, game.GNext)), new MatrixItem(update))),
        };
        blocks.AddRange(game.Shape switch
        {
            UpdateShape.Linear => LinearBlocks(id, a, update),
            UpdateShape.Affine => AffineBlocks(id, a, update),
            _ => LinearizationBlocks(),
        });
        blocks.Add(new Formula(new DefinitionItem(Symbol.Of("A"), new MatrixItem(a))));
        blocks.Add(new Result(Inline.Of("The update matrix is ", new DefinitionItem(Symbol.Of("A"), new MatrixItem(a)),
            game.Shape == UpdateShape.Nonlinear ? ", the Jacobian of the update at the stationary point." : "."), new MatrixAnswer(a)));
        var info = PartCatalog.Part(id);
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    private IEnumerable<Block> LinearBlocks(string id, Matrix a, Matrix update)
    {
        yield return Chain(id, "linear", new MatrixItem(update))
            .Step(RelationKind.Equal, new ProductItem([new MatrixItem(a), new MatrixItem(Matrix.Column(game.Dk, game.Gk))]),
                Justification.Algebra("the update is linear in the state; its matrix is the Jacobian of the update"))
            .Build(Inline.Of("The update written as a matrix times the state", Inline.CheckNote(" (checked entry by entry)"), ":"));
    }

    /// <summary>A quadratic V with its stationary point x* away from the origin: the deviation from x* evolves linearly.</summary>
    private IEnumerable<Block> AffineBlocks(string id, Matrix a, Matrix update)
    {
        var (ds, gs) = game.Stationary;
        yield return new Prose(Inline.Of("The update is affine, not linear: it leaves the stationary point ",
            new ListItem([new RelationItem(Relation.Eq(game.D, ds)), new RelationItem(Relation.Eq(game.G, gs))]),
            " (question 6.2) in place, and the deviation from that point is mapped linearly by the constant Jacobian A:"));
        yield return Chain(id, "affine", new MatrixItem(Matrix.Column(update[0, 0] - ds, update[1, 0] - gs)))
            .Step(RelationKind.Equal, new ProductItem([new MatrixItem(a), new MatrixItem(Matrix.Column(game.Dk - ds, game.Gk - gs))]),
                Justification.Algebra("the update is affine; its Jacobian maps the deviation from the stationary point"))
            .Build(Inline.Of("The deviation from the stationary point after one step", Inline.CheckNote(" (checked entry by entry)"), ":"));
    }

    /// <summary>A V that is not quadratic: no constant matrix maps one state to the next; A is the Jacobian at x*.</summary>
    private IEnumerable<Block> LinearizationBlocks()
    {
        var (ds, gs) = game.Stationary;
        yield return new Prose(Inline.Of("V is not quadratic, so the update is not linear in the state and no constant matrix maps one state to the next. Its Jacobian depends on the state:"));
        yield return new Formula(new MatrixItem(game.Jacobian(Optimizer.Simultaneous)));
        yield return new Prose(Inline.Of("We take A to be this Jacobian at the stationary point ",
            new ListItem([new RelationItem(Relation.Eq(game.D, ds)), new RelationItem(Relation.Eq(game.G, gs))]),
            " (question 6.2): near that point the deviation from it is multiplied by A at every step, up to terms of second order, so A decides the behaviour of the iterates near the point."));
    }

    private Part StationaryPointPart()
    {
        const string id = "q6.2";
        var equations = new[] { Relation.Eq(game.ValueD, Number.Zero), Relation.Eq(game.ValueG, Number.Zero) };
        var (dStar, gStar) = game.Stationary;
        var fixedPoint = game.Step(Optimizer.Simultaneous, dStar, gStar);
        // A linear update is A times the state: shown as that product at the point. Otherwise the update's value there.
        MathItem image = game.Shape == UpdateShape.Linear
            ? new ProductItem([new MatrixItem(game.Jacobian(Optimizer.Simultaneous)), new MatrixItem(Matrix.Column(dStar, gStar))])
            : new MatrixItem(Matrix.Column(fixedPoint.D, fixedPoint.G));
        var chain = Chain(id, "fixed", image)
            .Equal(Matrix.Column(dStar, gStar), "substitute the point into the update")
            .Build(Inline.Of("The point is left unchanged by the update:"));
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Setting both partial derivatives to zero gives the system")),
            Formula.Established(new ListItem(equations.Select(e => (MathItem)new RelationItem(e)).ToArray())),
            new Prose(Inline.Of("whose only solution is the point")),
            Formula.Established(new ListItem([new RelationItem(Relation.Eq(game.D, dStar)), new RelationItem(Relation.Eq(game.G, gStar))])),
            chain,
        };
        blocks.AddRange(SaddleBlocks());
        blocks.Add(new Result(Inline.Of("The stationary point is ", new ListItem([new RelationItem(Relation.Eq(game.D, dStar)), new RelationItem(Relation.Eq(game.G, gStar))]), "."),
            new ExprListAnswer([dStar, gStar])));
        var info = PartCatalog.Part(id);
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    /// <summary>The Hessian's eigenvalues at the point classify it (a saddle when they have both signs).</summary>
    private IEnumerable<Block> SaddleBlocks()
    {
        var general = Differentiation.Hessian(game.Value, [game.D, game.G]);
        var at = new Dictionary<Expr, Expr> { [game.D] = game.Stationary.D, [game.G] = game.Stationary.G };
        var h = Matrix.Of(2, 2, (r, c) => Substitution.Substitute(general[r, c], at));
        var eig = Eigenvalues.Compute(h);
        if (!eig.Exact || !eig.Values.All(v => v.IsNumber(out _))) yield break;
        var signs = eig.Values.Select(v => { v.IsNumber(out var n); return n.Sign; }).ToArray();
        var kind = signs.Any(s => s > 0) && signs.Any(s => s < 0) ? "a saddle point: V increases along one direction and decreases along another, which is the equilibrium a zero-sum game looks for"
            : signs.All(s => s > 0) ? "a minimum of V" : signs.All(s => s < 0) ? "a maximum of V" : "degenerate (a zero eigenvalue)";
        var where = game.Shape == UpdateShape.Nonlinear ? "at the point " : "";
        yield return new Prose(Inline.Of($"The Hessian of V {where}is ", new MatrixItem(h), " with eigenvalues ", new SetItem(eig.Values.Select(v => (MathItem)new ExprItem(v)).ToArray()), $", so the point is {kind}."));
    }

    private Part EigenPart(Matrix a)
    {
        const string id = "q6.3";
        var blocks = new List<Block>();
        var roots = EigenBlocks(id, a, blocks);
        var analysis = new StabilityAnalysis(game, verifier, log);
        var verdict = new ModulusVerdict(game, verifier, analysis.Intervals(a));
        var comparisons = DistinctModuli(roots).Select(m => verdict.Compare(m) ?? throw Undecided(m)).ToArray();
        // One modulus is a number, not a set of one; a modulus exceeds 1 exactly when its square does, which is what is checked.
        MathItem shownModuli = comparisons.Length == 1 ? new ExprItem(comparisons[0].Modulus) : new SetItem(comparisons.Select(c => (MathItem)new ExprItem(c.Modulus)).ToArray());
        blocks.Add(new Prose(Inline.Of(comparisons.Length == 1 ? "Each eigenvalue has modulus " : "The eigenvalues have the moduli ",
            shownModuli, comparisons.Length == 1 ? ", which is compared with 1 through its square:" : ", each compared with 1 through its square:")));
        foreach (var (c, n) in comparisons.Select((c, n) => (c, n)))
        {
            var chain = Chain(id, n == 0 ? "modulus" : $"modulus{n + 1}", new ExprItem(Build.Pow(c.Modulus, 2)), c.Assumptions);
            if (!c.Rewritten.Equals(Build.Pow(c.Modulus, 2)))
                chain.Equal(c.Rewritten, game.RateSymbol is null ? "expand" : Inline.Of("expand and ", game.LowestPowerFactored));
            blocks.Add(chain.Step(c.Kind, Number.One, Justification.Algebra(Inline.Of("since ", game.RateFact(c.Interval)))).Build());
        }
        var behaviour = Behaviour(comparisons, roots);
        if (game.Shape == UpdateShape.Linear && IsScaledRotation(a)) blocks.AddRange(NormGrowthBlocks(id, a));
        var simultaneous = analysis.Analyse(id, Optimizer.Simultaneous, a);
        if (simultaneous is not null) blocks.AddRange(simultaneous.Blocks);
        var others = parameters.Q6.Optimizers.Where(o => o != Optimizer.Simultaneous).ToArray();
        var comparison = new OptimizerComparison(game, verifier, log, lambda, analysis);
        blocks.AddRange(comparison.Blocks(id, parameters.Q6.Optimizers));
        var stabilities = comparison.Stabilities.Prepend(simultaneous).OfType<Stability>().ToArray();
        var moduli = comparisons.Length == 1
            ? ("modulus", (Answer)new ExprAnswer(comparisons[0].Modulus))
            : ("moduli", new ExprListAnswer(comparisons.Select(c => c.Modulus).ToArray()));
        var answers = new List<(string, Answer)> { ("eigenvalues", new ExprListAnswer(roots)), moduli, ("behaviour", new ChoiceAnswer(behaviour)) };
        answers.AddRange(others.SelectMany(OptimizerAnswers));
        answers.AddRange(stabilities.Select(s => ($"{s.Optimizer.ToString().ToLowerInvariant()} stable rates", (Answer)new ChoiceAnswer(s.Canonical(game.Alpha)))));
        var statement = new List<object> { "The eigenvalues of A are ", new SetItem(roots.Select(r => (MathItem)new ExprItem(r)).ToArray()),
            comparisons.Length == 1 ? ", of modulus " : ", of moduli ",
            comparisons.Length == 1 ? new ExprItem(comparisons[0].Modulus) : new SetItem(comparisons.Select(c => (MathItem)new ExprItem(c.Modulus)).ToArray()) };
        if (comparisons.Select(c => c.Interval).OfType<RateInterval>().FirstOrDefault() is { } needed)
            statement.AddRange([" for ", Stability.Item(game.Alpha, needed)]);
        statement.Add(": ");
        statement.Add(BehaviourSentence(behaviour, comparisons, roots, game.Shape == UpdateShape.Linear && IsScaledRotation(a) ? a : null));
        statement.AddRange(StableRatesSentence(stabilities));
        blocks.Add(new Result(Inline.Of(statement.ToArray()), new CompositeAnswer(answers)));
        var info = PartCatalog.Part(id);
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    /// <summary>" Learning rates at which the iterates converge: simultaneous none; extragradient 0 &lt; alpha &lt; 1." (nothing for a numeric rate).</summary>
    private IEnumerable<object> StableRatesSentence(IReadOnlyList<Stability> stabilities)
    {
        if (stabilities.Count == 0) yield break;
        yield return " Learning rates at which the iterates converge:";
        foreach (var (s, n) in stabilities.Select((s, n) => (s, n)))
        {
            yield return $"{(n == 0 ? " " : "; ")}{s.Optimizer.ToString().ToLowerInvariant()} ";
            if (!s.Exact) yield return "not derived exactly";
            else if (s.Stable.Count == 0) yield return "none";
            foreach (var (i, k) in s.Stable.Select((i, k) => (i, k)))
            {
                if (k > 0) yield return " or ";
                yield return Stability.Item(game.Alpha, i);
            }
        }
        yield return ".";
    }

    /// <summary>The matrix and eigenvalues of another optimizer, for solutions.json (the eigenvalues when the engine finds them exactly).</summary>
    private IEnumerable<(string, Answer)> OptimizerAnswers(Optimizer o)
    {
        var name = o.ToString().ToLowerInvariant();
        var m = game.UpdateMatrix(o);
        yield return ($"{name} matrix", new MatrixAnswer(m));
        IReadOnlyList<Expr>? roots;
        try { roots = Solver.RootsWithMultiplicity(Relation.Eq(CharacteristicPolynomial.Of(m, lambda), Number.Zero), lambda); }
        catch (UnsupportedEquationException) { roots = null; }
        if (roots is not null) yield return ($"{name} eigenvalues", new ExprListAnswer(roots));
    }

    private IEnumerable<Expr> DistinctModuli(IReadOnlyList<Expr> roots)
    {
        var moduli = new List<Expr>();
        foreach (var m in roots.Select(ComplexParts.Modulus))
            if (!moduli.Any(x => verifier.Verify(Relation.Eq(x, m), game.Assumptions).IsValid)) moduli.Add(m);
        return moduli;
    }

    /// <summary>
    /// Any modulus above 1: the iterates leave the point from a generic start. All below 1: they converge.
    /// On the unit circle the answer is kept only where it is sound: distinct eigenvalues of a quadratic game.
    /// </summary>
    private string Behaviour(IReadOnlyList<ModulusComparison> comparisons, IReadOnlyList<Expr> roots)
    {
        if (comparisons.Any(c => c.Kind == RelationKind.Greater)) return Diverges;
        if (comparisons.All(c => c.Kind == RelationKind.Less)) return Converges;
        if (game.Shape == UpdateShape.Nonlinear)
            throw new ParameterUnsupportedException("$.q6.value", "the eigenvalues of A lie on the unit circle, where the Jacobian of a non-quadratic V does not decide whether the iterates converge; use a quadratic V or one whose linearization is not on the unit circle");
        if (roots.Count == 2 && verifier.Verify(Relation.Eq(roots[0], roots[1]), game.Assumptions).IsValid)
            throw new ParameterUnsupportedException("$.q6.value", "A has a repeated eigenvalue on the unit circle, whose long-run behaviour this analysis does not decide");
        return Cycles;
    }

    /// <summary>
    /// What the iterates do, as the answer states it: away from the point from every start when every modulus
    /// exceeds 1 (spiralling when the eigenvalues are not real), from a generic start when only some do; for a
    /// scaled rotation (A^T A = c I, shown above) the factor by which each step multiplies the distance.
    /// </summary>
    private Inline BehaviourSentence(string behaviour, IReadOnlyList<ModulusComparison> comparisons, IReadOnlyList<Expr> roots, Matrix? scaledRotation)
    {
        var near = game.Shape == UpdateShape.Nonlinear ? "near the stationary point, " : "";
        if (behaviour == Converges) return Inline.Of($"{near}the iterates converge to the stationary point, the distance shrinking geometrically.");
        if (behaviour != Diverges) return Inline.Of("the iterates neither converge nor diverge: they keep circling the stationary point on a bounded orbit.");
        var complex = roots.Any(r => !ComplexParts.Split(r).Imaginary.IsZero);
        var every = comparisons.All(c => c.Kind == RelationKind.Greater);
        var motion = !every ? "move away from the stationary point from almost every start (any start with a component along an eigenvector whose eigenvalue has modulus above 1)"
            : complex ? "spiral away from the stationary point from any start off it" : "move away from the stationary point from any start off it";
        if (scaledRotation is null) return Inline.Of($"{near}the iterates {motion}; simultaneous gradient play diverges.");
        var stretch = Build.Sqrt(MatrixOps.Multiply(MatrixOps.Transpose(scaledRotation), scaledRotation)[0, 0]);
        var k = Symbol.Of("k");
        return Inline.Of($"{near}the iterates {motion}; each step multiplies their distance from it by ", stretch,
            ", so after ", k, " steps the distance is ", Build.Pow(stretch, k), " times the initial one; simultaneous gradient play diverges.");
    }

    private ParameterUnsupportedException Undecided(Expr modulus) => new(
        game.RateSymbol is null ? "$.q6.value" : "$.q6.learningRate",
        $"the engine cannot decide whether the eigenvalue modulus {modulus} is below, equal to or above 1" +
        (game.RateSymbol is null ? "" : " for every positive learning rate (nor on the rates where the update is stable); give a numeric learning rate such as 1/10"));

    /// <summary>Characteristic polynomial, its roots (each checked by substitution), and the engine's own eigenvalues as a cross-check.</summary>
    private IReadOnlyList<Expr> EigenBlocks(string id, Matrix a, List<Block> blocks)
    {
        var p = CharacteristicPolynomial.Of(a, lambda);
        var shifted = MatrixOps.Subtract(MatrixOps.Scale(lambda, Matrix.Identity(a.Rows)), a);
        blocks.Add(new Prose(Inline.Of("The eigenvalues are the roots of the characteristic polynomial, the determinant of ", new MatrixItem(shifted), ":")));
        var charpoly = Chain(id, "charpoly", new DeterminantItem(shifted));
        // The 2 x 2 cofactor form first, when it reads differently from the expanded polynomial.
        var cofactors = shifted.Rows == 2 ? shifted[0, 0] * shifted[1, 1] - shifted[0, 1] * shifted[1, 0] : p;
        if (!cofactors.Equals(p)) charpoly.Equal(cofactors, "product of the diagonal minus the product of the off-diagonal entries");
        blocks.Add(charpoly.Step(RelationKind.Equal, new ExprItem(p) { InPowersOf = lambda }, Justification.Algebra("expand")).Build());
        IReadOnlyList<Expr> roots;
        try { roots = Solver.RootsWithMultiplicity(Relation.Eq(p, Number.Zero), lambda); }
        catch (UnsupportedEquationException e) { throw new ParameterUnsupportedException("$.q6.value", $"the eigenvalues of A cannot be found exactly: {e.Message}"); }
        blocks.Add(new Prose(Inline.Of("Its roots are ", new SetItem(roots.Select(r => (MathItem)new ExprItem(r)).ToArray()), "; each is checked by substitution:")));
        foreach (var (root, n) in roots.Select((r, n) => (r, n)))
            blocks.Add(Chain(id, $"root{n + 1}", new ExprItem(Substitution.Substitute(p, lambda, root)))
                .Equal(Number.Zero, Inline.Of("substitute the root and expand, with i squared equal to ", Number.Of(-1)))
                .Build());
        var engine = Eigenvalues.Compute(a);
        log.Check(id, Inline.Of("eigenvalues of ", Symbol.Of("A"), " by the engine's eigenvalue routine equal the roots found"),
            engine.Exact && SameMultiset(engine.Values, roots),
            Inline.Of("roots ", Set(roots), "; eigenvalue routine ", Set(engine.Values)));
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

    /// <summary>Whether A^T A = c I, which makes every step scale the norm by the same factor.</summary>
    private bool IsScaledRotation(Matrix a)
    {
        var ata = MatrixOps.Multiply(MatrixOps.Transpose(a), a);
        return verifier.Verify(Relation.Eq(ata[0, 1], Number.Zero), game.Assumptions).IsValid
            && verifier.Verify(Relation.Eq(ata[0, 0], ata[1, 1]), game.Assumptions).IsValid;
    }

    /// <summary>A^T A is a multiple of the identity, so the norm is scaled by the same factor at every step.</summary>
    private IEnumerable<Block> NormGrowthBlocks(string id, Matrix a)
    {
        var ata = MatrixOps.Multiply(MatrixOps.Transpose(a), a);
        var factor = ata[0, 0];
        yield return new Prose(Inline.Of("Moreover the matrix is a scaled rotation:"));
        yield return Chain(id, "ata", new ProductItem([new TransposeItem(a), new MatrixItem(a)]))
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
            ", for every start."));
        NumericCheck(id, factor);
    }

    private static SetItem Set(IEnumerable<Expr> values) => new(values.Select(v => (MathItem)new ExprItem(v)).ToArray());

    /// <summary>Runs the exact update at a concrete learning rate and checks the growth factor step by step.</summary>
    private void NumericCheck(string id, Expr factor)
    {
        var rate = game.SampleRate(Number.Of(1, 10));
        Expr d = Number.One, g = Number.Zero;
        var expected = game.AtRate(factor, rate);
        var ok = true;
        for (var step = 0; step < 30 && ok; step++)
        {
            var before = d * d + g * g;
            var (dn, gn) = game.Step(Optimizer.Simultaneous, d, g);
            (d, g) = (game.AtRate(dn, rate), game.AtRate(gn, rate));
            ok = (d * d + g * g).Equals(expected * before);
        }
        var at = game.RateSymbol is null ? Inline.Of("the learning rate ", rate) : Inline.Of(Relation.Eq(game.Alpha, rate));
        var start = new ListItem([new RelationItem(Relation.Eq(game.D, Number.One)), new RelationItem(Relation.Eq(game.G, Number.Zero))]);
        log.Check(id, Inline.Of("exact iteration at ", at, " from ", start, ", 30 steps"),
            ok, Inline.Of("the squared norm was multiplied by exactly ", expected, " at every step"));
    }
}
