namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// Synthetic submissions written by hand. The receptive fields of pixel 34 were worked out by hand
/// from out(r, c) = sum K_ij x(r + i - 2, c + j - 2): mask A reads (0,-1), (+1,-1), (+1,0), (+1,+1)
/// relative to the output pixel, mask B also (0,0). So A then A reaches 32 42 43 44 52 53 54 55;
/// A then B and B then A reach 32 33 42 43 44 45 52 53 54 55; B then B also 34. Question 6 by hand:
/// d' = d + alpha g, g' = g - alpha d, so A = [[1, alpha], [-alpha, 1]], eigenvalues 1 +- i alpha,
/// modulus sqrt(1 + alpha^2) > 1: the iterates diverge; the stationary point is (0, 0). The characteristic
/// polynomial det(lambda I - A) = (lambda - 1)^2 + alpha^2 = lambda^2 - 2 lambda + 1 + alpha^2.
/// </summary>
public static class Submissions
{
    public static string Answer(string id, string body) => $"\\begin{{answer}}{{{id}}}\n{body}\n\\end{{answer}}\n";

    public static string Document(params string[] answers) =>
        "\\documentclass{article}\n\\newenvironment{answer}[1]{}{}\n\\begin{document}\n" + string.Concat(answers) + "\\end{document}\n";

    public static readonly string Correct = Document(
        Answer("q1.1", "32, 42, 43, 44, 52, 53, 54, 55"),
        Answer("q1.2", "$\\{32, 33, 42, 43, 44, 45, 52, 53, 54, 55\\}$"),
        // The same kind of field as a 0/1 grid (case 3 = case 2 by hand).
        Answer("q1.3", "0 0 0 0 0\n0 0 0 0 0\n0 1 1 0 0\n0 1 1 1 1\n0 1 1 1 1"),
        Answer("q1.4", "32 33 34 42 43 44 45 52 53 54 55"),
        Answer("q2.2", "$O(K)$"),
        Answer("q2.4", "$\\mathcal{O}(K)$"),
        Answer("q6.1", "$\\begin{pmatrix} 1 & \\alpha \\\\ -\\alpha & 1 \\end{pmatrix}$"),
        Answer("q6.2", "$(0, 0)$"),
        Answer("q6.3", Q6Derivation + "eigenvalues: $\\{1 + i\\alpha, 1 - i\\alpha\\}$\nbehaviour: diverges"));

    /// <summary>The two key steps of 6.3 by hand: the characteristic polynomial, and the modulus above 1.</summary>
    public const string Q6Derivation =
        "\\begin{align*}\n(\\lambda - 1)^2 + \\alpha^2 &= \\lambda^2 - 2\\lambda + 1 + \\alpha^2 \\\\\n\\sqrt{1 + \\alpha^2} &> 1\n\\end{align*}\n";

    /// <summary>Right answers in forms the key does not list verbatim.</summary>
    public static readonly string EquivalentForms = Document(
        Answer("q1.1", "55 54 53 52 44 43 42 32"),
        Answer("q1.2", "0 0 0 0 0\n0 0 0 0 0\n0 1 1 0 0\n0 1 1 1 1\n0 1 1 1 1"),
        Answer("q2.2", "$\\mathcal{O}(3K + 1)$"),
        Answer("q6.1", "$\\begin{bmatrix} \\frac{2}{2} & \\frac{\\alpha + \\alpha}{2} \\\\ -\\alpha & 2 - 1 \\end{bmatrix}$"),
        Answer("q6.2", "$(0, 2 - 2)$"),
        Answer("q6.3", Q6Derivation + "eigenvalues: $\\{\\alpha i + 1, 1 - \\alpha i\\}$\nbehaviour: the iterates diverge (spiral outwards)"));

    /// <summary>Each answer is a known mistake of the rubric.</summary>
    public static readonly string Mistakes = Document(
        // Flipped kernel, by hand: x(r - i + 2, c - j + 2) makes mask A read (0,+1), (-1,+1), (-1,0), (-1,-1).
        Answer("q1.1", "12, 13, 14, 15, 24, 25"),
        // Mask B in the first layer of case A then B: the field of B then B.
        Answer("q1.2", "32 33 34 42 43 44 45 52 53 54 55"),
        // Padding ignored in case B then A, by hand: x(r + i - 1, c + j - 1) shifts every offset by (+1, +1);
        // layer 2 (A) reads 44, 54, 55 (56 is outside), layer 1 (B) then reaches only 54 and 55.
        Answer("q1.3", "54, 55"),
        Answer("q2.2", "$O(K^3)$"),
        // Both players descend: d' = d - alpha g.
        Answer("q6.1", "$\\begin{pmatrix} 1 & -\\alpha \\\\ -\\alpha & 1 \\end{pmatrix}$"),
        Answer("q6.3", "eigenvalues: $\\{1 + \\alpha, 1 - \\alpha\\}$\nbehaviour: converges"));

    public static readonly string Empty = Document();

    public static readonly string Broken = Document(
        Answer("q1.1", "32, 42, 43, 44, 52, 53, 54, 55"),
        Answer("q6.1", "$\\begin{pmatrix} 1 & \\alpha \\\\ -\\alpha & \\frac{1}{ \\end{pmatrix}$"),
        Answer("q9.9", "42"),
        "\\begin{answer}{q6.2}\n$(0, 0)$\n");

    public const string NotATemplate = "\\documentclass{article}\n\\begin{document}\nMy answers: the field is 32, 42.\n\\end{document}\n";
}
