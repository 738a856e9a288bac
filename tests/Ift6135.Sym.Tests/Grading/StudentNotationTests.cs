using Ift6135.Sym.Grading.Output;
using Ift6135.Sym.Grading.Scoring;

using static Ift6135.Sym.Tests.Grading.OneAnswer;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// Right answers written the way students write them in the template, found by filling it in by hand: a
/// name before the value (A = .., (d, g) = (0, 0)), a 0/1 grid typeset as a matrix. Each is the expected
/// answer of <see cref="Submissions"/> (worked out by hand there), so each must earn the field's points.
/// </summary>
public sealed class StudentNotationTests
{
    [Theory]
    [InlineData(@"$A = \begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix}$")]
    [InlineData(@"\[ A = \begin{bmatrix} 1 & \alpha \\ -\alpha & 1 \end{bmatrix} \]")]
    [InlineData(@"$A := \begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix}$")]
    public void A_matrix_named_before_its_value_is_read(string answer)
    {
        var f = Field("q6.1", answer);
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
        Assert.Equal(4m, f.Points);
    }

    /// <summary>
    /// The matrix given after its derivation, in prose with other formulas: the last formula holding a matrix is the answer
    /// (the whole body was read as one formula, an error at its first '$').
    /// </summary>
    [Fact]
    public void A_matrix_after_its_derivation_is_read_from_the_last_formula()
    {
        var f = Field("q6.1", "With $V(d, g) = d g$, ascent on $d$ and descent on $g$ give\n"
            + @"\[ \begin{pmatrix} d_{k+1} \\ g_{k+1} \end{pmatrix} = \begin{pmatrix} d_k + \alpha g_k \\ g_k - \alpha d_k \end{pmatrix} \]" + "\n"
            + @"so $A = \begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix}$.");
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
        Assert.Equal(4m, f.Points);
    }

    [Fact]
    public void A_named_wrong_matrix_is_still_the_known_mistake()
    {
        // Both players descend, by hand: d' = d - alpha g.
        var f = Field("q6.1", @"$A = \begin{pmatrix} 1 & -\alpha \\ -\alpha & 1 \end{pmatrix}$");
        Assert.Equal("both players descend", f.Mistake);
    }

    [Theory]
    [InlineData("$(d, g) = (0, 0)$")]
    [InlineData("$(d^*, g^*) = (0,0)$")]
    [InlineData(@"$(d^\star, g^\star) = \left(0, 0\right)$")]
    public void A_point_named_by_its_coordinates_is_read(string answer)
    {
        var f = Field("q6.2", answer);
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
    }

    [Fact]
    public void A_named_point_is_compared_by_its_value_not_its_names()
    {
        Assert.Equal(FieldStatus.Wrong, Field("q6.2", "$(d, g) = (1, 2)$").Status);
        // The coordinates one by one still read as before.
        Assert.Equal(FieldStatus.Correct, Field("q6.2", "$d = 0, g = 0$").Status);
    }

    [Fact]
    public void A_named_set_of_eigenvalues_is_read()
    {
        var g = Grade("q6.3", @"eigenvalues: $\{\lambda_1, \lambda_2\} = \{1 + i\alpha, 1 - i\alpha\}$" + "\nbehaviour: diverges");
        var f = g.Fields.Single(x => x.Field == "eigenvalues");
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
    }

    [Theory]
    [InlineData("pmatrix", "")]
    [InlineData("bmatrix", "")]
    [InlineData("array", "{ccccc}")]
    public void A_pixel_grid_typeset_as_a_matrix_is_read(string environment, string columns)
    {
        // Case A then B (q1.2) by hand: 32 33 42 43 44 45 52 53 54 55.
        var grid = $@"$\begin{{{environment}}}{columns} 0&0&0&0&0 \\ 0&0&0&0&0 \\ 0&1&1&0&0 \\ 0&1&1&1&1 \\ 0&1&1&1&1 \end{{{environment}}}$";
        var f = Field("q1.2", grid);
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
    }

    /// <summary>
    /// q5.2's derivative written with the student's own s(z), defined in the derivation: the field reads s through its definition
    /// (s(z) was s times z), and the key steps 0 < s(z) < 1 and g'(z) > 0 are found (they were not: s unknown to the finder).
    /// </summary>
    [Fact]
    public void A_field_and_the_key_steps_read_the_derivation_s_definitions()
    {
        var g = Grade("q5.2", @"Let $s(z) = w_1 \sigma(a_1 z + b_1) + w_2 \sigma(a_2 z + b_2)$, so $g(z) = \sigma^{-1}(s(z))$ and $0 < s(z) < 1$." + "\n"
            + @"\begin{align*}" + "\n"
            + @"g'(z) &= \frac{s'(z)}{s(z)(1 - s(z))} > 0" + "\n"
            + @"\end{align*}" + "\n"
            + @"derivative: $\frac{w_1 a_1 \sigma(a_1 z + b_1)(1 - \sigma(a_1 z + b_1)) + w_2 a_2 \sigma(a_2 z + b_2)(1 - \sigma(a_2 z + b_2))}{s(z)(1 - s(z))}$");
        var f = g.Fields.Single(x => x.Field == "derivative");
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
        Assert.Equal(3m, g.Proposed);
    }

    /// <summary>
    /// A definition in the derivation of a name the expected answer is written in (d := \|y - z_0\|) is not put into the field:
    /// the radius in d stays the key's radius in d.
    /// </summary>
    [Fact]
    public void A_field_keeps_the_symbols_of_the_expected_answer()
    {
        var g = Grade("q5.4", "% vector: y, z_0 2\n$d := \\|y - z_0\\|$ and $h = \\frac{1}{\\alpha + r}$.\n"
            + @"radius: $r = \frac{d - \alpha - \beta + \sqrt{(\alpha + \beta - d)^2 + 4 \alpha d}}{2}$");
        var f = g.Fields.Single(x => x.Field == "radius");
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
    }

    /// <summary>
    /// The pixels named in a plain sentence (an error at its first word before). q1.1's field, A then A, is 32, 42, 43, 44, 52, 53, 54, 55
    /// (from the masks by hand: mask A reaches the pixel to the left on the same row and the three below; twice, from 34). A range of one
    /// row, 52--55, is its pixels; the output pixel after "of" and a remark in parentheses are not pixels of the answer.
    /// </summary>
    [Theory]
    [InlineData("The pixels are 32, 42, 43, 44, 52, 53, 54 and 55.", FieldStatus.Correct)]
    [InlineData("Receptive field of pixel 34: 32, 42--44, 52--55 (the stack is autoregressive).", FieldStatus.Correct)]
    [InlineData("The pixels are 32, 42, 43 and 44.", FieldStatus.Wrong)]
    // As (row, column) pairs, the same pixels (unreadable before).
    [InlineData("Pixels (3,2), (4,2), (4,3), (4,4), (5,2), (5,3), (5,4) and (5,5).", FieldStatus.Correct)]
    [InlineData("$\\{(3, 2), (4, 2), (4, 3), (4, 4), (5, 2), (5, 3), (5, 4), (5, 5)\\}$", FieldStatus.Correct)]
    [InlineData("$(3, 2), (4, 2), (4, 3)$", FieldStatus.Wrong)]
    public void Pixels_named_in_a_sentence_are_read(string answer, FieldStatus expected)
    {
        var f = Field("q1.1", answer);
        Assert.True(f.Status == expected, f.Feedback);
    }

    /// <summary>A sentence that leaves pixels out ("all but 34") is not guessed at: it is unreadable, said where.</summary>
    [Fact]
    public void A_sentence_excluding_pixels_is_not_read_as_a_list() =>
        Assert.Equal(FieldStatus.Unreadable, Field("q1.1", "All pixels of rows 4 and 5 but not 41 and 51, and 32.").Status);

    /// <summary>The pixels given as a set in a sentence (the whole body was read as the list, an error at its first word).</summary>
    [Fact]
    public void A_pixel_set_in_a_sentence_is_read()
    {
        var f = Field("q1.2", @"The receptive field is $\{32, 33, 42, 43, 44, 45, 52, 53, 54, 55\}$.");
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
    }

    /// <summary>
    /// The stationary point at the end of a sentence, after the derivation that finds it: V = d g has both partial derivatives zero at
    /// d = g = 0 only, by hand. The whole body was read as the tuple (the words as letters): undecided. A wrong point, (1, 0), is wrong.
    /// </summary>
    [Theory]
    [InlineData(@"Both partial derivatives of $V(d, g) = d g$ vanish: $\frac{\partial V}{\partial d} = g = 0$ and $\frac{\partial V}{\partial g} = d = 0$, so the stationary point is $(0, 0)$.", FieldStatus.Correct)]
    [InlineData(@"Both partial derivatives vanish there, so the stationary point is $(d, g) = (0, 0)$.", FieldStatus.Correct)]
    [InlineData(@"Both partial derivatives of $V(d, g) = d g$ vanish, so the stationary point is $(1, 0)$.", FieldStatus.Wrong)]
    public void A_point_in_a_sentence_is_read(string answer, FieldStatus expected)
    {
        var f = Field("q6.2", answer);
        Assert.True(f.Status == expected, f.Feedback);
    }

    /// <summary>The eigenvalues as a set in a sentence: 1 \pm i\alpha are the roots of (1 - \lambda)^2 + \alpha^2 by hand.</summary>
    [Fact]
    public void A_set_of_eigenvalues_in_a_sentence_is_read()
    {
        var g = Grade("q6.3", @"eigenvalues: The roots of $(1 - \lambda)^2 + \alpha^2 = 0$ form the set $\{1 + i\alpha, 1 - i\alpha\}$."
            + "\nbehaviour: diverges");
        var f = g.Fields.Single(x => x.Field == "eigenvalues");
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
    }

    /// <summary>The class written without math mode in a sentence (unreadable before); two classes named are not graded as either.</summary>
    [Theory]
    [InlineData("The Jacobian is diagonal, so the cost is linear: O(K).", FieldStatus.Correct)]
    [InlineData("Diagonal: O(K) for the product, where a general matrix costs O(K^3).", FieldStatus.Unreadable)]
    public void A_complexity_class_in_plain_text_is_read(string answer, FieldStatus expected)
    {
        var f = Field("q2.2", answer);
        Assert.True(f.Status == expected, f.Feedback);
    }

    [Theory]
    [InlineData("$O(K)$ since the Jacobian is diagonal")]
    [InlineData(@"The cost is $\mathcal{O}(K)$: the product of the diagonal.")]
    public void A_complexity_class_in_a_sentence_is_read(string answer)
    {
        var f = Field("q2.2", answer);
        Assert.True(f.Status == FieldStatus.Correct, f.Feedback);
    }

    [Fact]
    public void A_sentence_naming_two_classes_is_not_graded_as_either()
    {
        Assert.NotEqual(FieldStatus.Correct, Field("q2.2", "$O(K)$ rather than $O(K^3)$").Status);
        Assert.NotEqual(FieldStatus.KnownMistake, Field("q2.2", "$O(K^3)$ rather than $O(K)$").Status);
    }

    [Fact]
    public void A_definition_in_a_derivation_is_reported_as_a_definition_not_as_unreadable()
    {
        // u(z) written for the first time: the checker reads it as its definition (README, "What check reads"). (Not g: the template
        // gives the statement's g, so a g written otherwise is a claim, refuted.)
        var part = Grade("q5.1", "\\begin{align*}\nu(z) &= a \\max(0, b z + c) + d\n\\end{align*}\ninputs: $\\left(\\frac{-1-c}{b}, \\frac{-2-c}{b}\\right)$");
        var step = Assert.Single(part.Steps);
        var text = FeedbackText.Step(step);
        Assert.DoesNotContain("unreadable", text);
        Assert.Contains("definition", text);
    }
}
