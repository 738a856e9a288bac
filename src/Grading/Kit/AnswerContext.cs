using Ift6135.Sym.Checking.Declarations;
using Ift6135.Sym.Checking.Reading;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// The declarations of a sub-question (% assume:, % matrix:, % vector: ...) read the way the checker
/// reads them, so that the key and the students' answers are lowered with the same symbols.
/// </summary>
public static class AnswerContext
{
    public static DeclarationState Read(IReadOnlyList<string> declarationLines)
    {
        var text = string.Join("\n", declarationLines);
        var lines = new LineIndex(text).Lines;
        var state = DeclarationState.Empty;
        foreach (var d in DocumentReader.Read(text).OfType<Declaration>())
            state = DeclarationReader.Apply(state, d, lines);
        return state;
    }
}
