namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// A field that cannot be parsed is reported at file:line:column of the student's file, whatever was cut from
/// the field before parsing (the label, '$', the brackets of a list, the items before the bad one). The body
/// of <see cref="OneAnswer"/>'s document starts on line 5; the columns below were counted by hand.
/// </summary>
public sealed class FieldErrorPlaceTests
{
    private static string Feedback(string id, string body, string field) =>
        OneAnswer.Grade(id, body).Fields.Single(f => f.Field == field).Feedback;

    [Fact]
    public void An_item_of_a_point_is_placed_after_the_brackets_and_the_items_before_it() =>
        // "   $(0, \frac{1}{)$": the item \frac{1}{ runs from column 9 to 17 and ends before the ')' of column 18.
        Assert.StartsWith("s.tex:5:18: expected an expression", Feedback("q6.2", @"   $(0, \frac{1}{)$", "point"), StringComparison.Ordinal);

    [Fact]
    public void An_item_of_a_labelled_set_is_placed_after_its_label() =>
        // "eigenvalues: $\{1 + i\alpha, 1 - i\alpha +\}$": the second item, 1 - i\alpha +, ends before the '\}' of column 43.
        Assert.StartsWith("s.tex:5:43: expected an expression",
            Feedback("q6.3", "eigenvalues: $\\{1 + i\\alpha, 1 - i\\alpha +\\}$\nbehaviour: diverges", "eigenvalues"), StringComparison.Ordinal);

    [Fact]
    public void A_value_on_the_line_after_its_label_is_placed_on_that_line() =>
        // "eigenvalues:" alone, then "  $\{1, \sqrt{1 + )\}$": the ')' is line 6, column 19.
        Assert.StartsWith("s.tex:6:19: expected an expression, found ')'",
            Feedback("q6.3", "eigenvalues:\n  $\\{1, \\sqrt{1 + )\\}$\nbehaviour: diverges", "eigenvalues"), StringComparison.Ordinal);

    [Fact]
    public void A_matrix_entry_on_a_later_line_keeps_its_column() =>
        // The ')' of the second row is at column 13 of line 6.
        Assert.StartsWith("s.tex:6:13: expected an expression, found ')'",
            Feedback("q6.1", "$\\begin{pmatrix} 1 & \\alpha \\\\\n  -\\alpha & ) \\end{pmatrix}$", "matrix"), StringComparison.Ordinal);

    [Fact]
    public void The_place_of_an_unclosed_brace_in_the_message_is_the_file_s_too() =>
        // "eigenvalues: $\{1, \frac{2}{3\}$": the '{' of "{3" is column 28, the end of the item column 30 (before '\}').
        Assert.StartsWith("s.tex:5:30: expected '}' closing the '{' at column 28",
            Feedback("q6.3", "eigenvalues: $\\{1, \\frac{2}{3\\}$\nbehaviour: diverges", "eigenvalues"), StringComparison.Ordinal);

    [Fact]
    public void A_class_in_big_o_is_placed_inside_the_parentheses() =>
        // "  $O(K^)$": K^ starts at column 6; its exponent is missing where the ')' of column 8 is.
        Assert.StartsWith("s.tex:5:8: ", OneAnswer.Field("q2.2", "  $O(K^)$").Feedback, StringComparison.Ordinal);
}
