namespace Ift6135.Sym.Grading.Kit;

/// <summary>What a student writes for one field of an answer, and therefore how it is read and compared.</summary>
public enum AnswerKind
{
    /// <summary>Grid pixels, as a list ("32, 42, 43") or a 0/1 grid; compared as a set.</summary>
    PixelSet,
    /// <summary>A matrix in LaTeX; compared entry by entry.</summary>
    Matrix,
    /// <summary>A set of values in LaTeX ({1 + i a, 1 - i a}); compared as a multiset, in any order.</summary>
    ExprSet,
    /// <summary>A point (coordinates in a fixed order); compared coordinate by coordinate.</summary>
    Point,
    /// <summary>A complexity class O(K^p); compared by exponent.</summary>
    BigO,
    /// <summary>One expression; compared by the checker's equivalence under the question's assumptions.</summary>
    Expression,
    /// <summary>One word among named alternatives.</summary>
    Choice,
    /// <summary>An example, such as a pair of inputs (z_1, z_2), checked by evaluation: any example that works is right.</summary>
    Witness,
}
