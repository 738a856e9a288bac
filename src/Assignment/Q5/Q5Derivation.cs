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
/// 5.2 and 5.3 sign the derivative; 5.4 reduces the radial flow to an increasing map of the radius.
/// </summary>
public sealed class Q5Derivation(AssignmentParameters parameters, IStepVerifier verifier, DerivationLog log)
{
    private static readonly Symbol Z = Symbol.Of("z");

    public Question Derive()
    {
        var parts = new[] { ReluPart(), SigmoidMixturePart(), ResidualPart(), RadialPart() };
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
            new Prose(Inline.Of("The map is")),
            new Formula(new DefinitionItem(Apply.Of("g", Z), new ExprItem(G(Z)))),
            new Prose(Inline.Of("The rectifier is flat on the negative half-line, so every input that the inner map sends below zero has the same output. Take (for ",
                new Relation(RelationKind.NotEqual, b, Number.Zero), ") the two inputs")),
            new Formula(new ListItem([new DefinitionItem(Symbol.Indexed("z", Facts.Real, Number.One), new ExprItem(z1)), new DefinitionItem(Symbol.Indexed("z", Facts.Real, Number.Two), new ExprItem(z2))])),
            new Prose(Inline.Of("The inner values there are ", new ListItem([new ExprItem(Build.Add(Build.Mul(b, z1), c)), new ExprItem(Build.Add(Build.Mul(b, z2), c))]),
                ", both negative, so the rectifier returns 0 and")),
            new Formula(new ListItem([
                new RelationItem(Relation.Eq(Apply.Of("g", Symbol.Indexed("z", Facts.Real, Number.One)), G(z1))),
                new RelationItem(Relation.Eq(Apply.Of("g", Symbol.Indexed("z", Facts.Real, Number.Two)), G(z2)))])),
            new ChainBuilder(id, "distinct", verifier, none, log, new ExprItem(Build.Sub(z1, z2))).Equal(Build.Pow(b, Number.MinusOne), "subtract").Step(RelationKind.NotEqual, Number.Zero, Justification.Algebra(Inline.Of(new Relation(RelationKind.NotEqual, b, Number.Zero)))).Build(Inline.Of("The two inputs differ: their difference is")),
            new Prose(Inline.Of("Two different inputs share the output 0, so ", Apply.Of("g", Z), " is not injective and has no inverse. This holds for every ", a,
                ", including ", Relation.Eq(a, Number.Zero), " (then ", Apply.Of("g", Z), " is identically 0). If ", Relation.Eq(Symbol.Of("b"), Number.Zero), ", ",
                Apply.Of("g", Z), " is the constant ", Build.Mul(a, Build.Relu(c)), " and the conclusion is immediate.")),
            new Result(Inline.Of("g is not invertible: it maps two distinct inputs to the same value."), new BooleanAnswer(false)),
        };
        var same = G(z1).IsZero && G(z2).IsZero;
        Expr Input(int k) => Symbol.Indexed("z", Facts.Real, Number.Of(k));
        log.Check(id, Inline.Of("the two inputs give the same output (evaluated by the engine for symbolic ", new ListItem([new ExprItem(a), new ExprItem(b), new ExprItem(c)]), ")"), same,
            Inline.Of(new ListItem([new RelationItem(Relation.Eq(Apply.Of("g", Input(1)), G(z1))), new RelationItem(Relation.Eq(Apply.Of("g", Input(2)), G(z2)))])));
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
            new Prose(Inline.Of("With ", Relation.Eq(ComponentCount, Number.Of(n)), " components the map is ", new RelationItem(Relation.Eq(Apply.Of("g", Z), g)),
                ", with positive weights and slopes and ", new RelationItem(weightsSumToOne), ". The mixture inside the logit is a convex combination of values in (0, 1), hence strictly between 0 and 1, so the logit is defined everywhere:")),
            new ChainBuilder(id, "lower", verifier, assumptions, log, new ExprItem(mixture)).Step(RelationKind.Greater, Number.Zero, Justification.Algebra("positive weights times positive sigmoids")).Build(),
            new ChainBuilder(id, "upper", verifier, assumptions, log, new ExprItem(mixture)).Step(RelationKind.Less, Number.One, Justification.Algebra("a convex combination of values below 1")).Build(),
            new Prose(Inline.Of("Its derivative, by the chain rule:")),
            new ChainBuilder(id, "slope", verifier, assumptions, log, new ExprItem(derivative))
                .Step(RelationKind.Greater, Number.Zero, Justification.Algebra("every factor is positive: weights, slopes, sigmoids and one minus sigmoids, and the mixture and one minus the mixture"))
                .Build(),
        };
        blocks.AddRange(AnyNumberOfComponents(id, derivative, n));
        blocks.Add(new Prose(Inline.Of("A derivative that is positive on the whole real line makes ", Apply.Of("g", Z), " strictly increasing there (mean value theorem).")));
        blocks.Add(new Result(Inline.Of("For any number of components, ", Apply.Of("g", Z), " is strictly increasing on the whole real line."), new BooleanAnswer(true)));
        log.Record(new LedgerEntry(id, "mvt", new ExprItem(derivative), RelationKind.Greater, new ExprItem(Number.Zero), StepMethod.Logical, 0, 0,
            "positive derivative everywhere implies strictly increasing (mean value theorem)") { NotInAChain = "argument stated in the text" });
        MonotonicityCheck(id, g, w, a, b);
        return MakePart(id, blocks);
    }

    private static readonly Symbol ComponentCount = Symbol.Of("N", Facts.Positive | Facts.Integer), ComponentIndex = Symbol.Of("i", Facts.Integer);

    /// <summary>
    /// The derivative for N components as a sum over i, each term positive; it is checked to be the derivative
    /// the engine computed above once N is the worked number of components.
    /// </summary>
    private IEnumerable<Block> AnyNumberOfComponents(string id, Expr derivative, int n)
    {
        var i = ComponentIndex;
        Symbol w = Symbol.Indexed("w", Facts.Positive, i), a = Symbol.Indexed("a", Facts.Positive, i), b = Symbol.Indexed("b", Facts.Real, i);
        var sigmoid = Build.Sigmoid(Build.Add(Build.Mul(a, Z), b));
        var mixture = Build.IndexedSum(Build.Mul(w, sigmoid), i, Number.One, ComponentCount);
        var numerator = Build.IndexedSum(Build.Mul(w, a, sigmoid, Build.Sub(Number.One, sigmoid)), i, Number.One, ComponentCount);
        var general = Build.Div(numerator, Build.Mul(mixture, Build.Sub(Number.One, mixture)));
        var atN = Substitution.Substitute(general, ComponentCount, Number.Of(n));
        var worked = Relation.Eq(ComponentCount, Number.Of(n));
        log.Check(id, Inline.Of("the derivative for ", ComponentCount, " components, at ", worked, ", is the derivative computed above"),
            verifier.Verify(Relation.Eq(atN, derivative), AssumptionSet.None).IsValid, Inline.Of("general form at ", worked, " against the chain-rule derivative"));
        yield return new Prose(Inline.Of("With any number ", ComponentCount, " of components the same chain rule gives the derivative"));
        yield return Formula.Established(new ExprItem(general));
        yield return new Prose(Inline.Of("(with ", Relation.Eq(ComponentCount, Number.Of(n)), " it is the expression above", Inline.CheckNote(", checked in appendix B"), "). The mixture in the denominator lies strictly between 0 and 1 by the same convex-combination argument, ",
            "and every term of the numerator is a positive weight times a positive slope times a sigmoid and one minus it, both positive: the derivative is positive for every ", ComponentCount, "."));
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
        log.Check(id, Inline.Of("g increases on a grid of 81 points from ", Number.Of(-5), " to ", Number.Of(5), " with random admissible parameters"), increasing,
            Inline.Of($"seed {seed}; g from ", MeasuredItem.Decimals(values[0], 3), " to ", MeasuredItem.Decimals(values[^1], 3)));
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
            new Prose(Inline.Of("Differentiating ", new RelationItem(Relation.Eq(Apply.Of("g", Z), g)), " gives")),
            Formula.Established(new RelationItem(Relation.Eq(Differentiation.Diff(Apply.Of("g", Z), Z), derivative))),
            new Prose(Inline.Of("and the hypothesis ", new RelationItem(assumption.Relations[0]), " makes it positive:")),
            new ChainBuilder(id, "slope", verifier, assumption, log, new ExprItem(derivative))
                .Step(RelationKind.Greater, Number.Zero, Justification.Algebra(Inline.Of("the derivative of f exceeds ", Number.Of(-1))))
                .Build(),
            new Prose(Inline.Of("A differentiable function whose derivative is positive everywhere is strictly increasing (mean value theorem), hence injective; it is a bijection onto its image, where its inverse is defined.")),
            new Result(Inline.Of("g is strictly increasing, hence invertible (onto its image)."), new BooleanAnswer(true)),
        };
        log.Record(new LedgerEntry(id, "mvt", new ExprItem(derivative), RelationKind.Greater, new ExprItem(Number.Zero), StepMethod.Logical, 0, 0,
            "positive derivative everywhere implies strictly increasing (mean value theorem)") { NotInAChain = "argument stated in the text" });
        return MakePart(id, blocks);
    }

    /// <summary>
    /// 5.4: taking norms in y - z0 = r z~ (1 + beta h) leaves the radius equation F(r) = ||y - z0||
    /// with F(r) = r (1 + beta/(alpha + r)); F is increasing under beta >= -alpha, its root is the
    /// nonnegative root of a quadratic, and then z~ is (y - z0) divided by a positive number.
    /// </summary>
    private Part RadialPart()
    {
        const string id = "q5.4";
        Symbol alpha = Symbol.Positive("alpha"), beta = Symbol.Of("beta"), r = Symbol.Of("r", Facts.Nonnegative);
        Symbol d = Symbol.Of("d", Facts.Nonnegative), rPositive = Symbol.Positive("r");
        var condition = new Relation(RelationKind.GreaterOrEqual, beta, Build.Neg(alpha));
        Symbol z = Symbol.Of("z"), y = Symbol.Of("y"), zTilde = Symbol.Accented(Accent.Tilde, "z"), z0 = Symbol.Indexed("z", Facts.Real, Number.Zero);
        var AlphaPlusBeta = new RelationItem(new Relation(RelationKind.GreaterOrEqual, alpha + beta, Number.Zero));
        var assumptions = AssumptionSet.Of(condition);
        Expr Factor(Expr radius) => Build.Add(Number.One, Build.Div(beta, Build.Add(alpha, radius)));
        var radius = Build.Mul(r, Factor(r));
        var slope = Differentiation.Diff(radius, r);
        var quadratic = Build.Add(Build.Pow(r, Number.Two), Build.Mul(Build.Sub(Build.Add(alpha, beta), d), r), Build.Neg(Build.Mul(alpha, d)));
        var (upper, lower, discriminant) = QuadraticFormulaRoots(id, quadratic, r, assumptions);
        var simplifiedSlope = Build.Add(Number.One, Build.Div(Build.Mul(alpha, beta), Build.Pow(Build.Add(alpha, r), Number.Two)));
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Write ", Relation.Eq(z, z0 + r * zTilde), " with ", r, " the length of ", z - z0, " and ", zTilde, " a unit vector. Then ",
                y - z0, " is ", r * zTilde, " times the scalar ", new ExprItem(Factor(r)), ". This scalar is nonnegative under ", new RelationItem(condition), ":")),
            new ChainBuilder(id, "factor", verifier, assumptions, log, new ExprItem(Factor(r)))
                .Step(RelationKind.GreaterOrEqual, Number.Zero, Justification.Algebra(Inline.Of(AlphaPlusBeta, " and ", new RelationItem(new Relation(RelationKind.GreaterOrEqual, r, Number.Zero))))).Build(),
            new Prose(Inline.Of("so taking norms gives the radius equation ", new RelationItem(Relation.Eq(radius, d)), ", with ", d, " the length of ", y - z0, ". Its left side is increasing in ", r, ":")),
            new ChainBuilder(id, "slope", verifier, assumptions, log, new ExprItem(slope))
                .Equal(simplifiedSlope, "common denominator")
                .Step(RelationKind.GreaterOrEqual, Number.Zero, Justification.Algebra(Inline.Of(new Relation(RelationKind.GreaterOrEqual, alpha * beta, -alpha.Pow(2)), " and ",
                    new Relation(RelationKind.GreaterOrEqual, -alpha.Pow(2), -(alpha + r).Pow(2)), " by ", new RelationItem(new Relation(RelationKind.Greater, alpha, Number.Zero)), ", ",
                    new RelationItem(condition), " and ", new RelationItem(new Relation(RelationKind.GreaterOrEqual, r, Number.Zero)), ", so the fraction is at least ", Number.Of(-1)))).Build(),
            new Prose(Inline.Of("The slope vanishes at most at ", Relation.Eq(r, Number.Zero), " (when ", Relation.Eq(beta, Build.Neg(alpha)), "), so the map is strictly increasing from 0 at ",
                Relation.Eq(r, Number.Zero), " to infinity: each ", new Relation(RelationKind.GreaterOrEqual, d, Number.Zero), " has exactly one radius. In closed form, multiply by ", alpha + r, ":")),
            new ChainBuilder(id, "quadratic", verifier, assumptions, log, new ExprItem(Build.Mul(Build.Sub(radius, d), Build.Add(alpha, r))))
                .Equal(quadratic, "multiply out").Build(),
            new Prose(Inline.Of("Its discriminant is ", discriminant, ", so by the quadratic formula its roots are")),
            Formula.Established(new ListItem([new ExprItem(upper), new ExprItem(lower)])),
            new Prose(Inline.Of("Their product is ", new Relation(RelationKind.LessOrEqual, Build.Neg(Build.Mul(alpha, d)), Number.Zero), ", so exactly one root is nonnegative:")),
            new ChainBuilder(id, "product", verifier, assumptions, log, new ExprItem(Build.Mul(upper, lower)))
                .Equal(Build.Neg(Build.Mul(alpha, d)), "multiply the roots").Build(),
            new ChainBuilder(id, "root", verifier, assumptions, log, new ExprItem(Symbolic.Expressions.Substitution.Substitute(quadratic, r, upper)))
                .Equal(Number.Zero, "substitute the larger root").Build(),
            Formula.Established(new RelationItem(Relation.Eq(r, upper))),
            new Prose(Inline.Of("(ii) Given ", new Relation(RelationKind.Greater, rPositive, Number.Zero), " and ", y, ", the scalar is positive, so the direction is unique: ", zTilde, " is ", y - z0,
                " divided by ", new ExprItem(Build.Mul(rPositive, Factor(rPositive))), ", since")),
            new ChainBuilder(id, "direction", verifier, assumptions, log, new ExprItem(Build.Mul(rPositive, Factor(rPositive))))
                .Step(RelationKind.Greater, Number.Zero, Justification.Algebra(Inline.Of(new Relation(RelationKind.Greater, rPositive, Number.Zero), " and ", AlphaPlusBeta))).Build(),
            new Prose(Inline.Of("(For ", Relation.Eq(r, Number.Zero), ", ", Relation.Eq(z, z0), " and ", Relation.Eq(y, z0), ".)")),
            new Result(Inline.Of(new RelationItem(condition), " makes the radius the unique nonnegative root above, and the direction is then ", y - z0,
                " over a positive scalar: the radial flow is invertible."), new BooleanAnswer(true)),
        };
        log.Record(new LedgerEntry(id, "monotone", new ExprItem(slope), RelationKind.GreaterOrEqual, new ExprItem(Number.Zero), StepMethod.Logical, 0, 0,
            "a nonnegative slope vanishing at one point at most gives a strictly increasing radius map") { NotInAChain = "argument stated in the text" });
        RadialRoundTrip(id, upper, alpha, beta, d);
        return MakePart(id, blocks);
    }

    /// <summary>
    /// The roots of a quadratic in r by the quadratic formula, the larger first, with the discriminant b^2 - 4ac built from the
    /// engine's coefficients and left as a square plus a product ((alpha + beta - d)^2 + 4 alpha d), the form a reader checks at a
    /// glance; each root is verified equal to a root the engine's solver finds, and the check is listed in appendix B.
    /// </summary>
    private (Expr Upper, Expr Lower, Expr Discriminant) QuadraticFormulaRoots(string id, Expr quadratic, Symbol r, AssumptionSet assumptions)
    {
        Expr a = Questions.Question34Gaussian.Coefficient(quadratic, r, 2), b = Questions.Question34Gaussian.Coefficient(quadratic, r, 1),
            c = Questions.Question34Gaussian.Coefficient(quadratic, r, 0);
        var discriminant = Build.Add(Build.Pow(b, Number.Two), Build.Mul(Number.Of(-4), a, c));
        Expr Root(int sign) => Build.Div(Build.Add(Build.Neg(b), Build.Mul(Number.Of(sign), Build.Sqrt(discriminant))), Build.Mul(Number.Two, a));
        var solved = Symbolic.Solving.Solver.Solve(Relation.Eq(quadratic, Number.Zero), r);
        bool Solved(Expr root) => solved.Any(x => verifier.Verify(Relation.Eq(root, x), assumptions).IsValid);
        var (upper, lower) = (Root(1), Root(-1));
        log.Check(id, Inline.Of("the two roots of the quadratic formula, with the discriminant ", discriminant, ", are the roots found by the solver"),
            solved.Count == 2 && Solved(upper) && Solved(lower), Inline.Of("solver's roots ", new ListItem(solved.Select(x => (MathItem)new ExprItem(x)).ToArray())));
        return (upper, lower, discriminant);
    }

    /// <summary>g(z) in R^3 for random admissible parameters (fixed seed), then z back from y through the closed form.</summary>
    private void RadialRoundTrip(string id, Expr root, Symbol alpha, Symbol beta, Symbol d)
    {
        const int seed = 54;
        var random = new Random(seed);
        var worst = 0.0;
        for (var trial = 0; trial < 20; trial++)
        {
            var a = random.NextDouble() * 2 + 0.1;
            var b = -a + random.NextDouble() * 3;
            var z0 = Enumerable.Range(0, 3).Select(_ => random.NextDouble() * 2 - 1).ToArray();
            var z = Enumerable.Range(0, 3).Select(_ => random.NextDouble() * 4 - 2).ToArray();
            var rz = Math.Sqrt(z.Zip(z0, (p, q) => (p - q) * (p - q)).Sum());
            var y = z.Select((p, k) => p + b / (a + rz) * (p - z0[k])).ToArray();
            var dy = Math.Sqrt(y.Zip(z0, (p, q) => (p - q) * (p - q)).Sum());
            var r = Symbolic.Numeric.Evaluator.EvaluateReal(root, new Dictionary<Symbol, double> { [alpha] = a, [beta] = b, [d] = dy });
            var scale = r * (1 + b / (a + r));
            var back = y.Select((p, k) => z0[k] + r * (p - z0[k]) / scale).ToArray();
            worst = Math.Max(worst, back.Zip(z, (p, q) => Math.Abs(p - q)).Max());
        }
        log.Check(id, Inline.Of("round trip: ", Z, " recovered from ", Apply.Of("g", Z), " through the closed-form radius, for 20 random ", Z, " in three dimensions and admissible ",
                new ListItem([new ExprItem(alpha), new ExprItem(beta)])), worst < 1e-9,
            Inline.Of($"seed {seed}; largest error ", MeasuredItem.Scientific(worst)));
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
