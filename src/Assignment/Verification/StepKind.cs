namespace Ift6135.Sym.Assignment.Verification;

/// <summary>What kind of reasoning a link of a chain is; the document marks each kind for the reader and the checker.</summary>
public enum StepKind
{
    /// <summary>Algebra the engine verified (rewriting, sign reasoning, numeric sampling).</summary>
    Algebra,

    /// <summary>
    /// Verified by the engine after unfolding a definition or a convention of the notation that the
    /// document states in words (q~ = p / (W/K), linearity of an expectation over K terms, a summation
    /// index being a bound name); a reader checks it against those statements.
    /// </summary>
    Definition,

    /// <summary>A logical argument in words (a theorem, symmetry, Jensen's inequality), not algebra.</summary>
    Argued,
}
