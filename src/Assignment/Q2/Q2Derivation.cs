using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Questions;
using Ift6135.Sym.Assignment.Statement;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Solving;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Q2;

/// <summary>
/// Question 2: the change-of-variables formula applied to affine maps of a standard normal sample,
/// worked out by the engine for a concrete dimension K (from the parameters) and for K = 2 with a
/// full matrix; the costs come from the engine's own determinant routine, counted for K = 1..6.
/// </summary>
public sealed class Q2Derivation(AssignmentParameters parameters, IStepVerifier verifier, DerivationLog log)
{
    private int K => parameters.Q2.WorkedDimension;

    private static Symbol Mu(int i) => Symbol.Indexed("mu", Facts.Real, Number.Of(i));
    private static Symbol Sigma(int i) => Symbol.Indexed("sigma", Facts.Positive, Number.Of(i));
    // The statement's name for the base sample, z_0; its coordinates are z_{0,i}.
    private static Symbol Z0(int i) => Symbol.Indexed("z0", Facts.Real, Number.Of(i));

    private static readonly Symbol BaseSample = Symbol.Of("z0");
    private static Symbol Z(int i) => Symbol.Indexed("z", Facts.Real, Number.Of(i));

    public Question Derive()
    {
        var parts = new[] { DiagonalPart(), DiagonalCostPart(), FullMatrixPart(), TriangularCostPart() };
        var setup = new Block[]
        {
            new Prose(Inline.Of("The base sample ", BaseSample, " is standard normal in ", Symbol.Of("K"), " dimensions, and the worked examples use ", Relation.Eq(Symbol.Of("K"), Number.Of(K)),
                ". Its density is the product of one-dimensional densities, each:")),
            new Formula(new DefinitionItem(BaseDensity(Z0(1)), new ExprItem(StandardNormal(1)))),
        };
        return new Question(2, PartCatalog.QuestionTitles[2], Inline.Of(PartCatalog.QuestionSummaries[2]), setup, parts, []);
    }

    /// <summary>p_0(t), the one-dimensional standard normal density, an undefined function the verifier unfolds.</summary>
    private static Expr BaseDensity(Expr argument) => Apply.Of("p_0", argument);

    private static Definition BaseDensityDefinition()
    {
        var t = Symbol.Of("t");
        return Definition.Function("p_0", t, Substitution.Substitute(StandardNormal(1), new Dictionary<Expr, Expr> { [Z0(1)] = t }));
    }

    /// <summary>The density of N(0, I_K) at u: (2 pi)^(-K/2) exp(-|u|^2 / 2).</summary>
    private static Expr StandardNormal(int k) =>
        Build.Mul(Build.Pow(Build.Mul(2, Constant.Pi), Number.Of(-k, 2)),
            Build.Exp(Build.Mul(Number.Of(-1, 2), Build.Add(Enumerable.Range(1, k).Select(i => Build.Pow(Z0(i), 2)).ToArray()))));

    /// <summary>The density of N(mu, Sigma) at z, built from det and inverse of Sigma computed by the engine.</summary>
    private static Expr Gaussian(Matrix mean, Matrix covariance, Matrix z) =>
        Gaussian(mean, Inverse.Of(covariance), Determinant.Of(covariance), z);

    /// <summary>The density of N(mu, Sigma) at z from the inverse and the determinant of Sigma, however they are written.</summary>
    private static Expr Gaussian(Matrix mean, Matrix inverse, Expr det, Matrix z)
    {
        var k = inverse.Rows;
        var centered = MatrixOps.Subtract(z, mean);
        var quadratic = MatrixOps.Multiply(MatrixOps.Transpose(centered), MatrixOps.Multiply(inverse, centered))[0, 0];
        return Build.Mul(Build.Pow(Build.Mul(2, Constant.Pi), Number.Of(-k, 2)), Build.Pow(det, Number.Of(-1, 2)),
            Build.Exp(Build.Mul(Number.Of(-1, 2), quadratic)));
    }

    private Part DiagonalPart()
    {
        const string id = "q2.1";
        var map = DiagonalMap.Of(K);
        var (mu, g, j, det) = (map.Mean, map.Map, map.Jacobian, map.AbsDetBase);
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("The map, coordinate by coordinate, and its Jacobian matrix (the derivative of each output in each input):")),
            new Formula(new ListItem([new DefinitionItem(Apply.Of("g", BaseSample), new MatrixItem(g)), new DefinitionItem(Symbol.Of("J"), new MatrixItem(j))])),
            new Prose(Inline.Of("Each output depends on its own input only, so J is diagonal, and its determinant is the product of the diagonal; the scales are positive, so it is its own absolute value:")),
            new Formula(new RelationItem(Relation.Eq(Build.Abs(Apply.Of("det", Symbol.Of("J"))), Build.Abs(det)))),
        };
        log.Check(id, "the Jacobian of the elementwise map is diagonal", MatrixStructure.IsDiagonal(j), Inline.Of(new DefinitionItem(Symbol.Of("J"), new MatrixItem(j))));
        var inverse = map.Inverse ?? throw new DerivationFailedException(id, "invert", null, "the map could not be inverted");
        blocks.Add(new Prose(Inline.Of("Solving ", Relation.Eq(Symbol.Of("z"), Apply.Of("g", BaseSample)), " for ", BaseSample, " inverts the map:")));
        var ordered = inverse.OrderBy(kv => kv.Key).ToArray();
        blocks.Add(new Formula(new ListItem(ordered.Select(kv => (MathItem)new DefinitionItem(kv.Key, new ExprItem(kv.Value))).ToArray())));
        var (density, target, covariance) = (map.Density!, map.Target, map.Covariance);
        var definitions = ordered.Select(kv => Definition.Of(kv.Key, kv.Value)).Append(BaseDensityDefinition()).ToArray();
        var unfolding = new Question34DefinitionVerifier(verifier, definitions, new HashSet<string>(StringComparer.Ordinal) { "p_0" }, new HashSet<string>(StringComparer.Ordinal));
        blocks.Add(new Prose(Inline.Of("By the change-of-variables formula, the density of z is the base density at the inverse image divided by the absolute determinant:")));
        var baseAtInverse = Build.Mul(ordered.Select(kv => BaseDensity(kv.Key)).ToArray());
        blocks.Add(new ChainBuilder(id, "change-of-variables", unfolding, AssumptionSet.None, log, new ExprItem(Apply.Of("q", Symbol.Of("z"))))
            .Logical(RelationKind.Equal, Build.Mul(baseAtInverse, Build.Pow(Build.Abs(det), Number.MinusOne)),
                Inline.Of("change of variables (", Symbol.Of("g"), " is invertible and differentiable): the base density at the inverse image divided by ",
                    Build.Abs(Apply.Of("det", Symbol.Of("J")))))
            .Equal(density, "the standard normal density at the inverse image")
            .Build());
        var equality = new ChainBuilder(id, "density", verifier, AssumptionSet.None, log, new ExprItem(density))
            .Equal(target, "both sides reduce to the same canonical form (exponents collected, the determinant of the diagonal covariance is the product of the squared scales)")
            .Build();
        // When the engine builds both densities in the very same canonical form, a chain would show "A = A":
        // the equality is then said in words (and listed in the appendix), not displayed.
        var identical = density.Equals(target);
        if (identical) log.NotDisplayed(id, "density", "the result's check, said in the text");
        // The reader needs the comparison with the target density; that the engine built it on its own is a check note.
        blocks.Add(new Prose(Inline.Of("The normal density with mean ", mu, " and covariance ", covariance, ", written out from the determinant and the inverse of the covariance",
            Inline.CheckNote(" (built independently, by the engine)"), ", ",
            identical ? Inline.Of("has exactly the form above, so the two densities are equal", Inline.CheckNote(" (step density.1 of the appendix)"), ".") : "equals it:")));
        if (!identical) blocks.Add(equality);
        blocks.AddRange(EveryDimension(id));
        blocks.Add(new Result(Inline.Of("For every ", Symbol.Of("K"), ", ", Apply.Of("g", BaseSample), " is normal with mean ", Symbol.Of("mu"),
                " and the diagonal covariance whose entries are the squared scales ", SigmaK.Pow(2), "; for ", Relation.Eq(Symbol.Of("K"), Number.Of(K)), ", mean ", mu, " and covariance ", covariance, "."),
            new CompositeAnswer([("density", new ExprAnswer(target)), ("absdet", new ExprAnswer(det))])));
        return MakePart(id, blocks);
    }

    /// <summary>
    /// General K: the argument in words, and the derivation above redone by the engine in every dimension up
    /// to <see cref="CheckedDimensions"/> (Jacobian, inverse image, densities compared), as a cross-check.
    /// </summary>
    private IEnumerable<Block> EveryDimension(string id)
    {
        var failed = Enumerable.Range(1, CheckedDimensions).Where(k => !DiagonalDensityHolds(k)).ToArray();
        log.Check(id, Inline.Of("the change of variables gives ", Apply.Of(@"\mathcal{N}", Symbol.Of("mu"), Apply.Of("diag", Symbol.Of("sigma").Pow(2))), " in every dimension ",
                Relation.Eq(Symbol.Of("K"), Number.One), $", ..., {CheckedDimensions}"), failed.Length == 0,
            failed.Length == 0 ? "densities equal in every dimension" : $"not equal for K = {string.Join(", ", failed)}");
        yield return new Prose(Inline.Of("The same holds for every ", Symbol.Of("K"), ": output ", Symbol.Of("k"), " is ", SigmaK * UK + MuK,
            ", a function of input ", Symbol.Of("k"), " alone, so the Jacobian is diagonal with the scales on its diagonal, its absolute determinant is their product, ",
            "and the density at ", Symbol.Of("z"), " is the product over ", Symbol.Of("k"), " of the one-dimensional normal densities of mean ", MuK, " and variance ", SigmaK.Pow(2),
            ", which is the density of independent coordinates with those means and variances.",
            Inline.CheckNote($" The engine repeats the derivation above in every dimension from 1 to {CheckedDimensions} and finds the two densities equal each time (appendix B).")));
    }

    private const int CheckedDimensions = 6;

    /// <summary>The description of a determinant's cost counted for K = 1 to 6: K - 1 multiplications for a matrix of size K.</summary>
    private static Inline CostCheck(string matrix) => Inline.Of($"the determinant of a {matrix} of size ", Symbol.Of("K"), " costs ", Symbol.Of("K") - 1,
        " multiplications (", Relation.Eq(Symbol.Of("K"), Number.One), ", ..., 6)");

    private static readonly Symbol MuK = Symbol.Indexed("mu", Facts.Real, Symbol.Of("k")), SigmaK = Symbol.Indexed("sigma", Facts.Positive, Symbol.Of("k")),
        UK = Symbol.Indexed("z0", Facts.Real, Symbol.Of("k"));

    /// <summary>The density of mu + sigma * u by the change of variables equals that of N(mu, diag(sigma^2)), in dimension k.</summary>
    private bool DiagonalDensityHolds(int k) =>
        DiagonalMap.Of(k) is { Density: { } density } map && verifier.Verify(Relation.Eq(density, map.Target), AssumptionSet.None).IsValid;

    /// <summary>
    /// The diagonal affine map mu + sigma * u in dimension k and what the change of variables makes of it: its
    /// Jacobian and determinant, the inverse image, the density so obtained (null when the map is not inverted)
    /// and the target density of N(mu, diag(sigma^2)). One computation for the worked K and the cross-checked ones.
    /// </summary>
    private sealed record DiagonalMap(Matrix Mean, Matrix Map, Matrix Jacobian, Expr AbsDetBase,
        IReadOnlyDictionary<Symbol, Expr>? Inverse, Expr? Density, Matrix Covariance, Expr Target)
    {
        public static DiagonalMap Of(int k)
        {
            var mu = Matrix.Of(k, 1, (i, _) => Mu(i + 1));
            var sigma = Matrix.Of(k, 1, (i, _) => Sigma(i + 1));
            var u = Matrix.Of(k, 1, (i, _) => Z0(i + 1));
            var z = Matrix.Of(k, 1, (i, _) => Z(i + 1));
            var g = MatrixOps.Add(mu, MatrixOps.Hadamard(sigma, u));
            var j = Differentiation.Jacobian(g.Entries.ToArray(), u.Entries.Cast<Symbol>().ToArray());
            var det = Determinant.Of(j);
            var inverse = Solver.SolveLinearSystem(Enumerable.Range(0, k).Select(i => Relation.Eq(g[i, 0], z[i, 0])).ToArray(), u.Entries.Cast<Symbol>().ToArray());
            var density = inverse is null ? null
                : Build.Mul(Substitution.Substitute(StandardNormal(k), inverse.ToDictionary(kv => (Expr)kv.Key, kv => kv.Value)), Build.Pow(Build.Abs(det), Number.MinusOne));
            var covariance = Matrix.Diagonal(sigma.Entries.Select(x => Build.Pow(x, 2)).ToArray());
            return new DiagonalMap(mu, g, j, det, inverse, density, covariance, Gaussian(mu, covariance, z));
        }
    }

    private Part DiagonalCostPart()
    {
        const string id = "q2.2";
        var rows = new List<IReadOnlyList<Inline>>();
        var linear = true;
        for (var k = 1; k <= 6; k++)
        {
            var j = Matrix.Diagonal(Enumerable.Range(1, k).Select(i => (Expr)Sigma(i)).ToArray());
            var r = Determinant.Explain(j);
            rows.Add([Inline.Of(k.ToString(System.Globalization.CultureInfo.InvariantCulture)), Inline.Of(r.Method.ToString()), Inline.Of(r.Multiplications.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            linear &= r.Multiplications == k - 1;
        }
        log.Check(id, CostCheck("diagonal Jacobian"), linear, "counted by the engine's determinant routine");
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("The Jacobian is diagonal for every ", Symbol.Of("K"), " (each output depends on its own input), so its absolute determinant is the product of the ",
                Symbol.Of("K"), " positive scales: ", Symbol.Of("K") - 1, " multiplications, read off without forming ", Symbol.Of("J"), ".",
                Inline.CheckNote(" The engine's determinant routine, which detects the structure, counts the same:"))),
            new Table([Inline.Of("K"), Inline.Of("method"), Inline.Of("multiplications")], rows) { AboutChecking = true },
            new Result(Inline.Of("Linear time: O(K)."), new BigOAnswer("K", Number.One)),
        };
        return MakePart(id, blocks);
    }

    private Part FullMatrixPart()
    {
        const string id = "q2.3";
        const int k = 2;
        var s = Matrix.Of(k, k, (r, c) => Symbol.Indexed("S", Facts.Real, Number.Of(r + 1), Number.Of(c + 1)));
        var mu = Matrix.Of(k, 1, (i, _) => Mu(i + 1));
        var u = Matrix.Of(k, 1, (i, _) => Z0(i + 1));
        var z = Matrix.Of(k, 1, (i, _) => Z(i + 1));
        var g = MatrixOps.Add(mu, MatrixOps.Multiply(s, u));
        var j = Differentiation.Jacobian(g.Entries.ToArray(), u.Entries.Cast<Symbol>().ToArray());
        var det = Determinant.Of(s);
        var nonsingular = AssumptionSet.Of(new Relation(RelationKind.NotEqual, det, Number.Zero));
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Take ", Relation.Eq(Symbol.Of("K"), Number.Of(k)), " and a general invertible ", Symbol.Of("S"), ". Differentiating each coordinate of ", g,
                " with respect to ", u, " gives the Jacobian")),
            new Formula(new DefinitionItem(Symbol.Of("J"), new MatrixItem(j))),
            new Prose(Inline.Of("which is ", Symbol.Of("S"), " itself, whatever the point.")),
        };
        log.Check(id, Inline.Of("the Jacobian of ", Symbol.Of("mu") + Symbol.Of("S") * BaseSample, ", computed by differentiation, equals ", Symbol.Of("S"), " entry by entry"), j.Equals(s),
            Inline.Of(new DefinitionItem(Symbol.Of("J"), new MatrixItem(j))));
        // The determinant of S gets a name: written out, it appears in every entry of the inverse and the
        // densities no longer fit the page. The identity holds with the name free (the inverse of S is its
        // adjugate over the name, that of S S^T the adjugate of S S^T over its square), so it is verified so.
        var delta = Symbol.Of("Delta", Facts.Real | Facts.Nonzero);
        var named = AssumptionSet.Of(new Relation(RelationKind.NotEqual, delta, Number.Zero));
        // Likewise the deviation from the mean, v = z - mu (a name no other question uses: definitions hold for the whole document), and the quadratic form is taken with the adjugate, its 1/Delta^2 outside.
        var v = Matrix.Of(k, 1, (i, _) => Symbol.Indexed("v", Facts.Real, Number.Of(i + 1)));
        // The adjugate applied first and 1/Delta outside, so each coordinate reads (S22 v1 - S12 v2)/Delta.
        var uOfZ = MatrixOps.Scale(Build.Pow(delta, Number.MinusOne), MatrixOps.Multiply(MatrixOps.Adjugate(s), v));
        var map = Enumerable.Range(0, k).ToDictionary(i => (Expr)Z0(i + 1), i => uOfZ[i, 0]);
        var density = Build.Mul(Substitution.Substitute(StandardNormal(k), map), Build.Pow(Build.Abs(delta), Number.MinusOne));
        var covariance = MatrixOps.Multiply(s, MatrixOps.Transpose(s));
        var quadratic = MatrixOps.QuadraticForm(MatrixOps.Adjugate(covariance), v);
        var target = Build.Mul(Build.Pow(Build.Mul(2, Constant.Pi), Number.Of(-k, 2)), Build.Pow(Build.Pow(delta, 2), Number.Of(-1, 2)),
            Build.Exp(Build.Mul(Number.Of(-1, 2), Build.Pow(delta, -2), quadratic)));
        log.Check(id, "the determinant of the covariance is the square of the determinant of S",
            verifier.Verify(Relation.Eq(Determinant.Of(covariance), Build.Pow(det, 2)), AssumptionSet.None).IsValid, "decided by the engine's equivalence check");
        CheckAffineIdentitiesBeyondTwo(id);
        blocks.Add(new Prose(Inline.Of("The map is inverted by applying the inverse of S to z minus the shift; the inverse is the adjugate of S divided by its determinant; both the determinant and the deviation of z from the mean are named:")));
        blocks.Add(new Formula(new ListItem([new DefinitionItem(delta, new ExprItem(det)),
            .. Enumerable.Range(0, k).Select(i => (MathItem)new DefinitionItem(v[i, 0], new ExprItem(z[i, 0] - mu[i, 0])))])));
        blocks.Add(new Prose(Inline.Of("The base density there, divided by the absolute determinant of S, is compared with the normal density whose covariance is S times its transpose, whose determinant is the square of that of S and whose inverse is its adjugate over that square", Inline.CheckNote(" (computed by the engine)"), ":")));
        blocks.Add(new Formula(new DefinitionItem(Symbol.Of("Sigma"), new MatrixItem(covariance))));
        blocks.Add(new ChainBuilder(id, "density", verifier, named, log, new ExprItem(density))
            .Equal(target, "the squared norm of the inverse image is the quadratic form of the inverse covariance, and the determinant of the covariance is the square of the determinant of S")
            .Build());
        Symbol sName = Symbol.Of("S"), kName = Symbol.Of("K"), quadraticForm = Symbol.Of("Q");
        // The general density, with the determinant of S and the quadratic form named (no matrix symbols in the engine's expressions).
        var general = Build.Mul(Build.Pow(Build.Mul(2, Constant.Pi), Build.Mul(Number.Of(-1, 2), kName)), Build.Pow(Build.Abs(Apply.Of("det", sName)), Number.MinusOne),
            Build.Exp(Build.Mul(Number.Of(-1, 2), quadraticForm)));
        blocks.Add(new Prose(Inline.Of("The same two identities hold in every dimension (the inverse of ", sName, " times its transpose is the transpose of the inverse times the inverse, ",
            "and the determinant of a product is the product of the determinants)",
            Inline.CheckNote("; the engine checks them symbolically for ", Relation.Eq(kName, Number.Of(3)), " and exactly on random integer matrices for ", kName, " from 4 to 6 (appendix B)"),
            ", so for every ", kName, " the density of ", Apply.Of("g", BaseSample), " at ", Symbol.Of("z"), " is")));
        blocks.Add(Formula.Established(new RelationItem(Relation.Eq(Apply.Of("q", Symbol.Of("z")), general)),
            Inline.Of("with ", quadraticForm, " the squared norm of the inverse image, the quadratic form of the inverse of ", sName, " times its transpose at the deviation from ", Symbol.Of("mu"), ".")));
        blocks.Add(new Result(Inline.Of("For every ", kName, ", ", Apply.Of("g", BaseSample), " is normal with mean ", Symbol.Of("mu"), " and covariance ", sName,
                " times its transpose (nonsingular, as ", sName, " is), with the density above; for ", Relation.Eq(kName, Number.Of(k)), ", mean ", mu, " and covariance ",
                new DefinitionItem(Symbol.Of("Sigma"), new MatrixItem(covariance)), "."),
            new CompositeAnswer([("mean", new MatrixAnswer(mu)), ("covariance", new MatrixAnswer(covariance))])));
        return MakePart(id, blocks);
    }

    private const int AffineSeed = 6135;

    /// <summary>
    /// The worked case is K = 2; the identities behind it are checked in more dimensions: symbolically for K = 3 (S of
    /// symbols), exactly on seeded random integer matrices for K = 4 to 6, where the symbolic expansion grows too large.
    /// </summary>
    private void CheckAffineIdentitiesBeyondTwo(string id)
    {
        var sName = Symbol.Of("S");
        log.Check(id, Inline.Of("for ", Relation.Eq(Symbol.Of("K"), Number.Of(3)), ", the inverse of ", sName, " times its transpose is the transpose of the inverse times the inverse, and the determinant of the covariance is the square of that of ", sName),
            AffineIdentitiesHold(Matrix.Of(3, 3, (r, c) => Symbol.Indexed("S", Facts.Real, Number.Of(r + 1), Number.Of(c + 1)))),
            Inline.Of("adjugates: polynomial identities in the 9 entries of ", sName, ", expanded by the engine"));
        var random = new Random(AffineSeed);
        for (var k = 4; k <= 6; k++)
        {
            var holds = true;
            for (var draw = 0; draw < 3; draw++) holds &= AffineIdentitiesHold(Matrix.Of(k, k, (_, _) => Number.Of(random.Next(-5, 6))));
            log.Check(id, Inline.Of("for ", Relation.Eq(Symbol.Of("K"), Number.Of(k)), ", the same two identities"), holds,
                Inline.Of("exactly, on 3 random integer matrices with entries from ", Number.Of(-5), " to ", Number.Of(5), $" (seed {AffineSeed})"));
        }
    }

    /// <summary>
    /// adj(S)^T adj(S) = adj(S S^T) (so the squared norm of S^-1 v is the quadratic form of (S S^T)^-1 at v, both over
    /// det(S)^2) and det(S S^T) = det(S)^2 (the normalizers): together, the change-of-variables density of mu + S z0 is
    /// that of N(mu, S S^T) in the dimension of S.
    /// </summary>
    private static bool AffineIdentitiesHold(Matrix s)
    {
        var adjugate = MatrixOps.Adjugate(s);
        var covariance = MatrixOps.Multiply(s, MatrixOps.Transpose(s));
        var forms = MatrixOps.Subtract(MatrixOps.Multiply(MatrixOps.Transpose(adjugate), adjugate), MatrixOps.Adjugate(covariance));
        return forms.Entries.All(e => Rewrite.Expand(e).IsZero)
            && Rewrite.Expand(Build.Sub(Determinant.Of(covariance), Build.Pow(Determinant.Of(s), 2))).IsZero;
    }

    private Part TriangularCostPart()
    {
        const string id = "q2.4";
        var rows = new List<IReadOnlyList<Inline>>();
        var linear = true;
        for (var k = 1; k <= 6; k++)
        {
            var s = Matrix.Of(k, k, (r, c) => c > r ? Number.Zero : (Expr)Symbol.Indexed("S", r == c ? Facts.Positive : Facts.Real, Number.Of(r + 1), Number.Of(c + 1)));
            var r = Determinant.Explain(s);
            rows.Add([Inline.Of(k.ToString(System.Globalization.CultureInfo.InvariantCulture)), Inline.Of(r.Method.ToString()), Inline.Of(r.Multiplications.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            linear &= r.Multiplications == k - 1 && MatrixStructure.IsLowerTriangular(s);
        }
        log.Check(id, CostCheck("lower-triangular matrix"), linear, "counted by the engine's determinant routine");
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("The Jacobian of ", Symbol.Of("mu") + Symbol.Of("S") * BaseSample, " is ", Symbol.Of("S"),
                ". For a triangular matrix the determinant is the product of the diagonal (expanding along the first row leaves one non-zero term each time), and the diagonal is positive, so the absolute value changes nothing: ",
                Symbol.Of("K") - 1, " multiplications instead of a general determinant.",
                Inline.CheckNote(" The engine's determinant routine recognises the structure and counts:"))),
            new Table([Inline.Of("K"), Inline.Of("method"), Inline.Of("multiplications")], rows) { AboutChecking = true },
            new Result(Inline.Of("Linear time: O(K)."), new BigOAnswer("K", Number.One)),
        };
        return MakePart(id, blocks);
    }

    private Part MakePart(string id, IReadOnlyList<Block> blocks)
    {
        var info = PartCatalog.Part(id);
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }
}
