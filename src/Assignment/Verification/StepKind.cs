namespace Ift6135.Sym.Assignment.Verification;

/// <summary>What kind of reasoning a link of a chain is; the document marks each kind for the reader and the checker.</summary>
public enum StepKind
{
    /// <summary>Algebra the engine verified (rewriting, sign reasoning, numeric sampling).</summary>
    Algebra,

    /// <summary>The unfolding of a definition stated in the document.</summary>
    Definition,

    /// <summary>A logical argument in words (a theorem, symmetry, Jensen's inequality), not algebra.</summary>
    Argued,
}
