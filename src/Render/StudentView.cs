using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Verification;

namespace Ift6135.Sym.Render;

/// <summary>
/// The solution as the student edition shows it: the same questions, parts, chains and answers, without the blocks
/// that only report how a result was checked (<see cref="Block.AboutChecking"/>) and without the check notes spliced
/// into sentences (<see cref="Inline.CheckNote"/>). Nothing is rewritten: every formula is the model's own.
/// </summary>
public static class StudentView
{
    public static Solution Of(Solution solution) => solution with
    {
        Questions = solution.Questions.Select(Question).ToArray(),
    };

    private static Question Question(Question q) => q with
    {
        Summary = q.Summary.WithoutCheckNotes(),
        Setup = Blocks(q.Setup),
        Parts = q.Parts.Select(p => p with { Restatement = p.Restatement.WithoutCheckNotes(), Blocks = Blocks(p.Blocks) }).ToArray(),
        Closing = Blocks(q.Closing),
    };

    private static IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks) =>
        blocks.Where(b => !b.AboutChecking).Select(Block).Where(b => b is not Prose { Text.Pieces.Count: 0 }).ToArray();

    private static Block Block(Block b) => b switch
    {
        Prose p => p with { Text = p.Text.WithoutCheckNotes() },
        Formula f => f with { Caption = f.Caption?.WithoutCheckNotes() },
        Chain c => c with
        {
            Caption = c.Caption?.WithoutCheckNotes(),
            Steps = c.Steps.Select(s => s with { Justification = s.Justification with { Text = s.Justification.Text.WithoutCheckNotes() } }).ToArray(),
        },
        Result r => r with { Statement = r.Statement.WithoutCheckNotes() },
        Figure f => f with { Caption = f.Caption.WithoutCheckNotes() },
        Table t => t with
        {
            Header = t.Header.Select(h => h.WithoutCheckNotes()).ToArray(),
            Rows = t.Rows.Select(r => (IReadOnlyList<Inline>)r.Select(c => c.WithoutCheckNotes()).ToArray()).ToArray(),
            Caption = t.Caption?.WithoutCheckNotes(),
        },
        _ => b,
    };
}
