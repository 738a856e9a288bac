using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Verification;

/// <summary>
/// Builds a chain start R1 e1 R2 e2 ..., verifying every algebraic link (previous R next) with the
/// verifier before it is accepted; an invalid or undecided link throws <see cref="DerivationFailedException"/>
/// naming the part and the step. Logical links are accepted with their justification and marked.
/// Every link is recorded in the <see cref="DerivationLog"/> ledger.
/// </summary>
public sealed class ChainBuilder
{
    private readonly string partId;
    private readonly string chainId;
    private readonly IStepVerifier verifier;
    private readonly AssumptionSet assumptions;
    private readonly DerivationLog log;
    private readonly MathItem start;
    private readonly List<ChainStep> steps = [];
    private MathItem current;

    public ChainBuilder(string partId, string chainId, IStepVerifier verifier, AssumptionSet assumptions, DerivationLog log, MathItem start)
    {
        if (ItemValue.Of(start) is not (ExprItem or MatrixItem)) throw new ArgumentException("A chain starts from an expression or a matrix, or a form of one.", nameof(start));
        this.partId = partId;
        this.chainId = chainId;
        this.verifier = verifier;
        this.assumptions = assumptions;
        this.log = log;
        this.start = current = start;
    }

    public ChainBuilder Equal(Expr next, Inline algebra) => Step(RelationKind.Equal, next, Justification.Algebra(algebra));

    /// <summary>An equality the verifier confirms by unfolding definitions; marked as a definition step, not as plain algebra.</summary>
    public ChainBuilder ByDefinition(Expr next, Inline definitions) => Step(RelationKind.Equal, next, Justification.Definition(definitions));

    public ChainBuilder Equal(Matrix next, Inline algebra) => Step(RelationKind.Equal, new MatrixItem(next), Justification.Algebra(algebra));

    public ChainBuilder Step(RelationKind kind, Expr next, Justification why) => Step(kind, new ExprItem(next), why);

    /// <summary>A link argued in words; it is not checked by algebra, and is shown and listed as logical.</summary>
    public ChainBuilder Logical(RelationKind kind, Expr next, Inline reason)
    {
        var check = StepCheck.Logical(reason.Plain);
        Accept(kind, new ExprItem(next), Justification.Logical(reason), check);
        return this;
    }

    public ChainBuilder Step(RelationKind kind, MathItem next, Justification why)
    {
        var check = Verify(kind, current, next);
        if (!check.IsValid)
            throw new DerivationFailedException(partId, StepName, check,
                $"the engine could not confirm {Describe(kind, current, next)} ({why.Text.Plain})");
        Accept(kind, next, why, check);
        return this;
    }

    public Chain Build(Inline? caption = null) => new(chainId, start, steps.ToArray(), caption)
    {
        Assumptions = LocalAssumptions.Of(assumptions, steps.Select(s => s.Expression).Prepend(start)),
    };

    /// <summary>The last expression of the chain, to continue from.</summary>
    public MathItem Current => current;

    private string StepName => $"{chainId}.{steps.Count + 1}";

    private void Accept(RelationKind kind, MathItem next, Justification why, StepCheck check)
    {
        log.Record(new LedgerEntry(partId, StepName, current, kind, next, check.Method, check.Points, check.Seed,
            why.IsLogical ? why.Text.Plain : check.Detail));
        steps.Add(new ChainStep(kind, next, why, check));
        current = next;
    }

    private StepCheck Verify(RelationKind kind, MathItem left, MathItem right) => (ItemValue.Of(left), ItemValue.Of(right)) switch
    {
        (ExprItem a, ExprItem b) => verifier.Verify(new Relation(kind, a.Expr, b.Expr), assumptions),
        (MatrixItem a, MatrixItem b) when kind == RelationKind.Equal => VerifyMatrices(a.Matrix, b.Matrix),
        _ => new StepCheck(StepOutcome.Unknown, StepMethod.None, 0, 0, $"cannot relate {left.GetType().Name} and {right.GetType().Name} by {kind}"),
    };

    /// <summary>Matrices are equal when every entry is; the weakest entry's method stands for the whole.</summary>
    private StepCheck VerifyMatrices(Matrix a, Matrix b)
    {
        if (a.Rows != b.Rows || a.Columns != b.Columns)
            return new StepCheck(StepOutcome.Invalid, StepMethod.None, 0, 0, $"sizes differ: {a.Rows}x{a.Columns} and {b.Rows}x{b.Columns}");
        var checks = a.Entries.Zip(b.Entries, (x, y) => verifier.Verify(Relation.Eq(x, y), assumptions)).ToArray();
        var failed = checks.FirstOrDefault(c => !c.IsValid);
        if (failed is not null) return failed;
        var weakest = checks.MaxBy(c => (int)c.Method)!;
        return weakest with { Points = checks.Max(c => c.Points), Detail = $"entrywise, {checks.Length} entries; {weakest.Detail}" };
    }

    private static string Describe(RelationKind kind, MathItem left, MathItem right) => $"{left} {Relation.Symbol(kind)} {right}";
}
