using Scriban.Runtime;

namespace Ift6135.Sym.Render;

/// <summary>
/// One question's part of the script model, printed by <see cref="ScriptModel.Prepare"/>: the question's object (without
/// its declarations, which depend on the whole document), the names they are made of, and the appendix rows of its own steps and cross-checks;
/// and once <see cref="LatexDocument.Typeset"/> has typeset it, its text in the full edition.
/// </summary>
public sealed record QuestionModel(ScriptObject Body, QuestionNames Names, IReadOnlyList<ScriptObject> Ledger, IReadOnlyList<ScriptObject> Checks)
{
    public QuestionText? Text { get; init; }
}
