using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Assignment.Verification;

/// <summary>One verified (or logically justified) step "left R right", as listed in the appendix.</summary>
public sealed record LedgerEntry(string PartId, string Step, MathItem Left, RelationKind Relation, MathItem Right, StepMethod Method, int Points, int Seed, string Detail)
{
    public string Statement => $"{Left} {Ift6135.Sym.Symbolic.Expressions.Relation.Symbol(Relation)} {Right}";

    /// <summary>
    /// What the step is when no displayed chain shows it (an argument stated in the text, a result's check
    /// said in words); null for a step of a chain the document shows.
    /// </summary>
    public string? NotInAChain { get; init; }
}

/// <summary>
/// A numeric or independent cross-check of a result (not a proof: a guard against a wrong derivation). The plain
/// description and detail are for messages and tests; the document shows <see cref="Shown"/> and <see cref="ShownDetail"/>,
/// text with engine formulas where the check names one.
/// </summary>
public sealed record SanityCheck(string PartId, string Description, bool Passed, string Detail)
{
    public Inline Shown { get; init; } = Description;

    public Inline ShownDetail { get; init; } = Detail;
}

/// <summary>
/// Collects the ledger of steps and the sanity checks while the derivations run. Written only
/// while a solution is being derived; the finished <see cref="Solution"/> holds immutable copies.
/// </summary>
public sealed class DerivationLog
{
    private readonly List<LedgerEntry> ledger = [];
    private readonly List<SanityCheck> checks = [];

    public IReadOnlyList<LedgerEntry> Ledger => ledger.ToArray();
    public IReadOnlyList<SanityCheck> SanityChecks => checks.ToArray();

    public void Record(LedgerEntry entry) => ledger.Add(entry);

    /// <summary>One log holding the entries and checks of <paramref name="logs"/>, in their order.</summary>
    public static DerivationLog Join(IEnumerable<DerivationLog> logs)
    {
        var joined = new DerivationLog();
        foreach (var log in logs)
        {
            joined.ledger.AddRange(log.ledger);
            joined.checks.AddRange(log.checks);
        }
        return joined;
    }

    /// <summary>Marks the recorded steps of a chain that the document does not display, saying what they are instead.</summary>
    public void NotDisplayed(string partId, string chainId, string what)
    {
        for (var k = 0; k < ledger.Count; k++)
            if (ledger[k].PartId == partId && ledger[k].Step.StartsWith(chainId + ".", StringComparison.Ordinal))
                ledger[k] = ledger[k] with { NotInAChain = what };
    }

    /// <summary>Records a cross-check; a failed one stops the derivation, naming the part.</summary>
    public void Check(string partId, string description, bool passed, string detail) =>
        Check(partId, Inline.Text(description), passed, Inline.Text(detail));

    /// <summary>Records a cross-check whose description or detail holds formulas, shown typeset by the engine.</summary>
    public void Check(string partId, Inline description, bool passed, Inline detail)
    {
        checks.Add(new SanityCheck(partId, description.Plain, passed, detail.Plain) { Shown = description, ShownDetail = detail });
        if (!passed) throw new DerivationFailedException(partId, description.Plain, null, $"sanity check failed: {detail.Plain}");
    }
}
