using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Assignment.Model;

/// <summary>The reference solutions: questions, then the ledger of every verified step and numeric check.</summary>
public sealed record Solution(
    string Title,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<LedgerEntry> Ledger,
    IReadOnlyList<SanityCheck> SanityChecks)
{
    public int TotalPoints => Questions.Sum(q => q.Points);
}

/// <summary>One question of the assignment: a summary, set-up blocks shared by its parts, the parts, closing blocks.</summary>
public sealed record Question(int Number, string Title, Inline Summary, IReadOnlyList<Block> Setup, IReadOnlyList<Part> Parts, IReadOnlyList<Block> Closing)
{
    /// <summary>The random variables its expectations average over (z for E_q), for the reader and the checker.</summary>
    public IReadOnlyList<Expr> RandomVariables { get; init; } = [];

    public int Points => Parts.Sum(p => p.Points);
}

public enum PartStatus
{
    /// <summary>Derived by the engine, every step verified.</summary>
    Derived,
    /// <summary>Not derived yet: shown as such, with no content pretending otherwise.</summary>
    NotYetDerived,
}

/// <summary>A sub-question: id ("q1.1"), our own restatement, and the blocks of its solution.</summary>
public sealed record Part(string Id, string Title, int Points, Inline Restatement, IReadOnlyList<Block> Blocks, PartStatus Status = PartStatus.Derived)
{
    public static Part NotYetDerived(string id, string title, int points, Inline restatement) =>
        new(id, title, points, restatement, [], PartStatus.NotYetDerived);
}
