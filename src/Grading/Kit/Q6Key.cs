using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q6;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Solving;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// Question 6, computed by the engine from V(d, g): one step of simultaneous ascent on d and descent
/// on g is the linear map z -> A z; its stationary point; the eigenvalues of A and, from their modulus
/// under alpha &gt; 0, the long-run behaviour. The expected answers are the solution's; the engine's own
/// computation here gives the mistakes, each the same computation done the mistaken way.
/// For a V that is not quadratic the update is linearized at the solution's stationary point, as the solution does.
/// </summary>
internal sealed class Q6Key
{
    public const string Diverges = "diverges", Converges = "converges", Cycles = "cycles";
    private static readonly string[] Behaviours = [Diverges, Converges, Cycles];

    private readonly Symbol d, g;

    /// <summary>The learning rate as the solution reads it: a positive symbol, or a number (then nothing is assumed about it).</summary>
    private readonly Expr alpha;
    private readonly Expr value, dVdd, dVdg;

    public Q6Key(Q6Parameters p)
    {
        var table = new SymbolTable();
        d = table.Declare("d", Facts.Real);
        g = table.Declare("g", Facts.Real);
        alpha = LearningRate.Read(p.LearningRate, table);
        value = InfixParser.Parse(p.Value, table);
        dVdd = Differentiation.Diff(value, d);
        dVdg = Differentiation.Diff(value, g);
    }

    /// <summary>The update matrix; <paramref name="ascendD"/>/<paramref name="descendG"/> false give the sign mistakes.</summary>
    public Matrix Update(bool ascendD = true, bool descendG = true)
    {
        var nextD = d + (ascendD ? alpha : -alpha) * dVdd;
        var nextG = g + (descendG ? -alpha : alpha) * dVdg;
        var jacobian = Differentiation.Jacobian([nextD, nextG], [d, g]);
        var constant = jacobian.Entries.All(e => !Differentiation.DependsOn(e, d) && !Differentiation.DependsOn(e, g));
        if (constant) return jacobian;
        // As in the solution: for a V that is not quadratic, A is the Jacobian of the update at the stationary point.
        if (stationary is not { } at)
            throw new KitException("q6.1: the update is not linear in (d, g) and the solution gives no stationary point to linearize it at");
        var point = new Dictionary<Expr, Expr> { [d] = at.D, [g] = at.G };
        return Matrix.Of(2, 2, (r, c) => Substitution.Substitute(jacobian[r, c], point));
    }

    /// <summary>The solution's stationary point, where the Jacobian of a nonlinear update is taken (null before <see cref="Parts"/>).</summary>
    private (Expr D, Expr G)? stationary;

    public IReadOnlyList<PartKey> Parts(AssignmentParameters parameters, Func<string, Part?> solutionPart)
    {
        var point = SolutionAnswers.Require<ExprListAnswer>(solutionPart("q6.2"), "q6.2", "point").Values;
        if (point.Count == 2) stationary = (point[0], point[1]);
        var a = SolutionAnswers.Require<MatrixAnswer>(solutionPart("q6.1"), "q6.1", "matrix").Value;
        var aKey = new FieldKey("matrix", AnswerKind.Matrix, new MatrixAnswer(a), 1m, "the 2x2 update matrix A",
            ["any matrix whose entries are equal to A's (e.g. written with a common factor expanded)"],
            Distinct(new MatrixAnswer(a),
                new Mistake("both players descend", "the gradient step on d taken downhill, like g's", new MatrixAnswer(Update(ascendD: false)), 0.5m),
                new Mistake("roles swapped", "ascent on g and descent on d", new MatrixAnswer(Update(ascendD: false, descendG: false)), 0.5m),
                new Mistake("transposed", "the matrix of the map written transposed", new MatrixAnswer(MatrixOps.Transpose(a)), 0.5m)));

        var pointKey = new FieldKey("point", AnswerKind.Point, new ExprListAnswer(point), 1m, "the coordinates (d, g) of the stationary point",
            ["the coordinates in the order (d, g)"], []);

        // q6.3's split follows the statement's two verbs, each half of the 6 points: "analyse the eigenvalues"
        // (the characteristic polynomial, a key step, and the eigenvalues, a field) and "predict" (the modulus
        // against 1, a key step, and the behaviour, a field). The four items weigh the same, 1.5 points each, so
        // every item is on the rubric's half-point grid without rounding; a guessable word is worth no more
        // than the step that justifies it.
        var eigen = SolutionAnswers.Require<ExprListAnswer>(solutionPart("q6.3"), "q6.3", "eigenvalues").Values;
        var withoutI = eigen.Select(e => { var (re, im) = ComplexParts.Split(e); return re + im; })
            .Concat(eigen.Select(e => { var (re, im) = ComplexParts.Split(e); return re - im; })).Distinct().Take(eigen.Count).ToArray();
        var eigenKey = new FieldKey("eigenvalues", AnswerKind.ExprSet, new ExprListAnswer(eigen), 0.25m, "the eigenvalues of A, as a set",
            ["the eigenvalues in any order, in any equivalent form (1 + i alpha, alpha i + 1)"],
            Distinct(new ExprListAnswer(eigen),
                new Mistake("eigenvalues without i", "the imaginary unit dropped: real and imaginary parts added", new ExprListAnswer(withoutI), 0.25m),
                new Mistake("eigenvalues of the all-descent matrix", "the eigenvalues of the matrix in which both players descend",
                    new ExprListAnswer(Eigenvalues.Of(Update(ascendD: false))), 0.25m)));

        var behaviour = SolutionAnswers.Require<ChoiceAnswer>(solutionPart("q6.3"), "q6.3", "behaviour").Choice;
        var rates = RatesOfTheBehaviour(solutionPart("q6.3"));
        var behaviourKey = new FieldKey("behaviour", AnswerKind.Choice, new ChoiceAnswer(behaviour), 0.25m,
            $"what (d_k, g_k) does as k grows{(rates is null ? "" : $", for {rates}")}: one of {string.Join(", ", Behaviours)}", ["the word alone, in any case"],
            Behaviours.Where(b => b != behaviour).Select(b => new Mistake(b switch
            {
                Converges => "modulus below 1",
                Cycles => "modulus equal to 1",
                _ => "modulus above 1",
            }, $"the moduli of the eigenvalues taken {(b == Converges ? "below" : b == Cycles ? "equal to" : "above")} 1, so the iterates would be said to {b[..^1]}",
                new ChoiceAnswer(b), 0m)).ToArray(),
            Behaviours);

        // A numeric rate needs no declaration: "% assume: 1/10 > 0" would state a fact about a number. The game's value, as the parameters
        // give it, defines V: \partial V / \partial d = g was unknown (V a constant to the checker) unless the student wrote V out.
        string[] declarations = [.. alpha is Symbol rate ? [$"% assume: {LatexPrinter.Print(rate)} > 0"] : Array.Empty<string>(),
            $"% given: V(d, g) = {LatexPrinter.Print(value)}"];
        PartKey Make(string id, IReadOnlyList<FieldKey> fields, string expectation, IReadOnlyList<KeyStep>? steps = null)
        {
            var part = solutionPart(id);
            var info = Assignment.Statement.PartCatalog.Part(id);
            return new PartKey(id, info.Title, parameters.PointsOf(id), part?.Restatement ?? info.Restatement, fields, steps ?? [], expectation, declarations);
        }
        return
        [
            // Written "A = ..", the matrix is also the A of q6.3 for `check`, which knows no template (grade names it either way).
            Make("q6.1", [aKey], "The 2x2 matrix A of the update, as a LaTeX matrix (pmatrix or bmatrix), named: $A = \\begin{pmatrix} .. \\end{pmatrix}$.") with { ValueName = "A" },
            Make("q6.2", [pointKey], "The stationary point as coordinates (d, g), e.g. $(1, 2)$."),
            Make("q6.3", [eigenKey, behaviourKey],
                "A derivation (align*): the characteristic polynomial and the modulus of the eigenvalues; then two lines: 'eigenvalues:' then the set of eigenvalues of A in LaTeX; 'behaviour:' then one word" +
                (rates is null ? "" : $", the behaviour for {rates}") + ": diverges, converges or cycles.",
                EigenSteps(solutionPart("q6.3"), parameters.PointsOf("q6.3") * (1m - eigenKey.Weight - behaviourKey.Weight))),
        ];
    }

    /// <summary>
    /// The rates for which the solution's behaviour holds when it is not every positive rate ("0 < alpha < 1", in infix
    /// as the kit's texts are), read from the bounds its modulus chains assume besides alpha > 0; null when there are none.
    /// Without it the template asked for one word where the answer depends on the rate, and a student could not know which.
    /// </summary>
    private string? RatesOfTheBehaviour(Part? part)
    {
        if (alpha is not Symbol rate) return null;
        var bounds = (part?.Blocks.OfType<Chain>() ?? []).Where(c => c.Id.StartsWith("modulus", StringComparison.Ordinal))
            .SelectMany(c => c.Assumptions).Select(r => Oriented(r, rate)).Distinct().ToArray();
        var lower = bounds.Where(r => r.Kind == RelationKind.Greater && !r.Right.IsZero).Select(r => r.Right).Distinct().ToArray();
        var upper = bounds.Where(r => r.Kind == RelationKind.Less).Select(r => r.Right).Distinct().ToArray();
        var other = bounds.Where(r => r.Kind is not (RelationKind.Greater or RelationKind.Less)).ToArray();
        if (lower.Length + upper.Length + other.Length == 0) return null;
        if (lower.Length <= 1 && upper.Length <= 1 && other.Length == 0)
            return $"{(lower.Length == 1 ? lower[0] : Number.Zero)} < {rate}" + (upper.Length == 1 ? $" < {upper[0]}" : "");
        return string.Join(" and ", bounds.Select(r => r.ToString()));
    }

    /// <summary>A bound on the rate with the rate on the left (1 > alpha is alpha < 1).</summary>
    private static Relation Oriented(Relation r, Symbol rate) => !r.Left.Equals(rate) && r.Right.Equals(rate) ? r.Kind switch
    {
        RelationKind.Less => new Relation(RelationKind.Greater, rate, r.Left),
        RelationKind.Greater => new Relation(RelationKind.Less, rate, r.Left),
        _ => r,
    } : r;

    /// <summary>
    /// The key steps of 6.3, from the solution's chains: the characteristic polynomial and the modulus of the
    /// eigenvalues, half each, split to the half point by the rule of every proof (<see cref="ProofKeys.Split"/>).
    /// </summary>
    private static IReadOnlyList<KeyStep> EigenSteps(Part? part, decimal points)
    {
        var charpoly = SolutionChains.Conclusion(part, "charpoly") ?? throw new KitException("q6.3: the solution has no characteristic polynomial chain");
        var modulus = SolutionChains.Conclusion(part, "modulus") ?? throw new KitException("q6.3: the solution has no modulus chain");
        return ProofKeys.Split(
        [
            ("the characteristic polynomial det(lambda I - A)", 0.5m, charpoly),
            ("the modulus of the eigenvalues compared with 1", 0.5m, modulus),
        ], points);
    }

    private static Mistake[] Distinct(Answer expected, params Mistake[] mistakes) =>
        mistakes.Where(m => m.Wrong.Canonical != expected.Canonical).DistinctBy(m => m.Wrong.Canonical).ToArray();
}
