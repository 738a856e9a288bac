using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Safety;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Grading.Scoring;

/// <summary>
/// A relation the student established: a valid step (or chain conclusion) re-read, at its line; a side that
/// cannot be read alone (a matrix, say) is null, and such a step can only match a key identity by its other side.
/// </summary>
public sealed record StudentRelation(RelationKind Kind, Expr? Left, Expr? Right, int Line);

/// <summary>
/// Finds the key steps of a proof in a student's checked derivation. A valid student step a R b matches a key
/// step c S d when the relations point the same way (a &lt; b is d &gt; c; a strict step also proves a non-strict
/// key step) and a - b equals c - d (for ≠, up to sign), decided by the engine with the key's symbols. A key
/// identity c = d is matched by a valid student equality one of whose sides equals d (up to a nonzero factor).
/// A restatement scaled by a number counts: 2x = 2y for x = y, 2(1 + f') &gt; 0 for 1 + f' &gt; 0.
/// </summary>
public sealed class KeyStepFinder(IStepDecider decider)
{
    /// <summary>The valid steps and conclusions of the report, read back into relations with the answer's declarations.</summary>
    public IReadOnlyList<StudentRelation> StudentRelations(IEnumerable<StepReport> steps, LatexContext context)
    {
        var list = new List<StudentRelation>();
        foreach (var s in steps.Where(s => s.Status == StepStatus.Valid || s.IsSolvedEquation))
        {
            if (KindOf(s.Relation) is not { } kind) continue;
            var (left, right) = (Read(s.Left, context), Read(s.Right, context));
            if (left is not null || right is not null) list.Add(new StudentRelation(kind, left, right, s.Line));
        }
        return list;
    }

    private static Expr? Read(string side, LatexContext context)
    {
        try { return LatexLowering.ParseScalar(Clean(side), context); }
        catch (Exception e) when (LatexLowering.IsUnreadable(e) || e is LimitExceededException)
        {
            return null;
        }
    }

    /// <summary>The line of the first student relation equivalent to the key step, or null.</summary>
    public int? Find(Relation key, IReadOnlyList<StudentRelation> student) =>
        student.FirstOrDefault(s => Matches(s, key))?.Line;

    public bool Matches(StudentRelation student, Relation key)
    {
        // An identity of the key (a = b, both sides equal) is found when the student reaches its right side, up to sign:
        // comparing differences would match every valid equality.
        if (key.Kind == RelationKind.Equal)
            return student.Kind == RelationKind.Equal && (SameUpToFactor(student.Left, key.Right) || SameUpToFactor(student.Right, key.Right));
        if (student.Left is null || student.Right is null) return false;
        var (keyKind, keyDifference) = Normalize(key);
        var (kind, difference) = Normalize(new Relation(student.Kind, student.Left, student.Right));
        var compatible = (keyKind, kind) switch
        {
            var (a, b) when a == b => true,
            (RelationKind.GreaterOrEqual, RelationKind.Greater) => true,
            _ => false,
        };
        if (!compatible) return false;
        if (SameDifference(difference, keyDifference, kind)) return true;
        // A modulus compared with 1 may be written squared on one side and not on the other (|l|^2 > 1 or |l| > 1):
        // for sides that are both nonnegative, a > b holds exactly when a^2 > b^2, so the squared forms are compared.
        if (kind is RelationKind.Equal or RelationKind.NotEqual) return false;
        var studentSquared = SquaredDifference(new Relation(student.Kind, student.Left, student.Right));
        var keySquared = SquaredDifference(key);
        return (studentSquared is not null && SameDifference(studentSquared, keyDifference, kind))
            || (keySquared is not null && SameDifference(difference, keySquared, kind));
    }

    /// <summary>
    /// The student's difference is the key's times a number: positive for an inequality (2(1 + f') &gt; 0 restates
    /// 1 + f' &gt; 0), any nonzero number for = and ≠ (2x = 2y restates x = y).
    /// </summary>
    private bool SameDifference(Expr difference, Expr keyDifference, RelationKind kind)
    {
        var rebound = AnswerMatcher.Rebind(difference, keyDifference);
        if (Zero(Build.Sub(rebound, keyDifference))) return true;
        if (kind is RelationKind.Equal or RelationKind.NotEqual && Zero(Build.Add(rebound, keyDifference))) return true;
        return ScaleFactor(rebound, keyDifference) is { } c && (c.IsPositive || kind is RelationKind.Equal or RelationKind.NotEqual);
    }

    /// <summary>
    /// The nonzero number c with a = c·b, or null: c is read off one term of b's expansion and its partner in a's
    /// (the same term up to its coefficient), then a - c·b = 0 is decided by the engine.
    /// </summary>
    private BigRational? ScaleFactor(Expr a, Expr b)
    {
        Expr ea, eb;
        try { (ea, eb) = (Rewrite.Expand(a), Rewrite.Expand(b)); }
        catch (LimitExceededException) { return null; }
        if (eb.IsZero) return null;
        IReadOnlyList<Expr> TermsOf(Expr e) => e is Sum sum ? sum.Terms : [e];
        var (cb, rb) = Build.SplitCoefficient(TermsOf(eb)[^1]);
        var partner = TermsOf(ea).Select(Build.SplitCoefficient).FirstOrDefault(t => t.Remainder.Equals(rb));
        if (partner.Remainder is null || partner.Coefficient.IsZero) return null;
        var c = partner.Coefficient / cb;
        return Zero(Build.Sub(a, Build.Mul(Number.Of(c), b))) ? c : null;
    }

    /// <summary>For an inequality between two provably nonnegative sides, the difference of their squares (oriented as
    /// <see cref="Normalize"/> orients it); otherwise null.</summary>
    private Expr? SquaredDifference(Relation r)
    {
        var nonnegative = Decide(new Relation(RelationKind.GreaterOrEqual, r.Left, Number.Zero), SymAssumptions.None) == DecisionOutcome.Valid
            && Decide(new Relation(RelationKind.GreaterOrEqual, r.Right, Number.Zero), SymAssumptions.None) == DecisionOutcome.Valid;
        if (!nonnegative) return null;
        var squared = new Relation(r.Kind, Build.Pow(r.Left, Number.Two), Build.Pow(r.Right, Number.Two));
        return Normalize(squared).Item2;
    }

    private bool SameUpToFactor(Expr? student, Expr key)
    {
        if (student is null) return false;
        var rebound = AnswerMatcher.Rebind(student, key);
        return Zero(Build.Sub(rebound, key)) || Zero(Build.Add(rebound, key)) || ScaleFactor(rebound, key) is not null;
    }

    /// <summary>
    /// Whether <paramref name="pair"/> is two different inputs with the same image under the witness's map,
    /// under <paramref name="restriction"/> when given (a mistake's condition): Equal yes, Different no, Undecided unknown.
    /// </summary>
    public MatchOutcome Witness(WitnessTest witness, IReadOnlyList<Expr> pair, Relation? restriction)
    {
        if (pair.Count != 2) return MatchOutcome.Different;
        var (z1, z2) = (AnswerMatcher.Rebind(pair[0], witness.Map), AnswerMatcher.Rebind(pair[1], witness.Map));
        var assumptions = restriction is null ? SymAssumptions.None : SymAssumptions.Of(restriction);
        var same = Decide(Relation.Eq(Substitution.Substitute(witness.Map, witness.Variable, z1), Substitution.Substitute(witness.Map, witness.Variable, z2)), assumptions);
        // Different inputs: z1 = z2 refuted (they differ for some admissible a, b, c; equal everywhere is no counterexample).
        var equalInputs = Decide(Relation.Eq(z1, z2), assumptions);
        if (same == DecisionOutcome.Valid && equalInputs == DecisionOutcome.Invalid) return MatchOutcome.Equal;
        return same == DecisionOutcome.Invalid || equalInputs == DecisionOutcome.Valid ? MatchOutcome.Different : MatchOutcome.Undecided;
    }

    /// <summary>"a R b" as "a - b R' 0" with R' one of =, ≠, &gt;, ≥ (a &lt; b becomes b - a &gt; 0).</summary>
    private static (RelationKind, Expr) Normalize(Relation r) => r.Kind switch
    {
        RelationKind.Less => (RelationKind.Greater, Build.Sub(r.Right, r.Left)),
        RelationKind.LessOrEqual => (RelationKind.GreaterOrEqual, Build.Sub(r.Right, r.Left)),
        _ => (r.Kind, Build.Sub(r.Left, r.Right)),
    };

    private bool Zero(Expr e) => e.IsZero || Decide(Relation.Eq(e, Number.Zero), SymAssumptions.None) == DecisionOutcome.Valid;

    /// <summary>One decision within the checker's step budget (nested in the submission's); past it, undecided.</summary>
    private DecisionOutcome Decide(Relation relation, SymAssumptions assumptions)
    {
        try
        {
            using (Deadline.Start(SafetyLimits.Current.StepTimeBudget))
                return decider.Decide(relation, assumptions).Outcome;
        }
        catch (LimitExceededException) { return DecisionOutcome.Unknown; }
    }

    private static RelationKind? KindOf(string symbol) => symbol switch
    {
        "=" => RelationKind.Equal,
        "≠" or "\\ne" or "\\neq" or "!=" => RelationKind.NotEqual,
        "<" => RelationKind.Less,
        "≤" or "\\le" or "\\leq" or "<=" => RelationKind.LessOrEqual,
        ">" => RelationKind.Greater,
        "≥" or "\\ge" or "\\geq" or ">=" => RelationKind.GreaterOrEqual,
        _ => null,
    };

    private static string Clean(string side) => side.Replace("&", " ", StringComparison.Ordinal).Trim();
}
