using System.Text;
using System.Text.RegularExpressions;
using Ift6135.Sym.Grading;
using Ift6135.Sym.Grading.Output;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>Student ids come from file names a student chose: feedback names and CSV cells must be safe whatever they hold.</summary>
public sealed partial class HostileNameTests
{
    public static TheoryData<string> Hostile() =>
    [
        "..", ".", "...", "../../etc/passwd", @"..\..\windows\system32", "-rf", "--help", "a\nb", "\u0001\u001b[31mred", "\0",
        "=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "  ", "", new string('x', 300), new string('é', 200), "Zoë O'Brien & co",
        "a/../b", ".hidden", "trailing.", "CON", "x\u202Eexe.txt",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_feedback_name_is_one_harmless_bounded_file_name(string id)
    {
        var name = FeedbackNames.Of(id);
        Assert.Matches(SafeName(), name);
        Assert.DoesNotContain("..", name);
        Assert.False(name.StartsWith('-') || name.StartsWith('.'), name);
        // The cleaned text, a dash and 8 hex digits, then ".tex": within one 255-byte path component.
        Assert.True(Encoding.UTF8.GetByteCount(name) <= FeedbackNames.MaxBytes + 9, name);
        Assert.Equal(name, FeedbackNames.Of(id));
    }

    [Theory]
    [InlineData("20251234")]
    [InlineData("jean.dupont")]
    [InlineData("Zoë_2")]
    public void A_plain_id_keeps_its_name(string id) => Assert.Equal(id, FeedbackNames.Of(id));

    [Fact]
    public void Ids_that_clean_to_the_same_text_get_different_names_whatever_the_order()
    {
        var (a, b, c) = (FeedbackNames.Of("a b"), FeedbackNames.Of("a_b"), FeedbackNames.Of("a\tb"));
        Assert.Equal("a_b", b);
        Assert.Equal(3, new[] { a, b, c }.Distinct().Count());
        Assert.StartsWith("a_b-", a);
    }

    [Fact]
    public void Repeated_names_are_numbered_without_taking_an_existing_name()
    {
        // "s-2" is a real student: the second "s" becomes s-3.
        Assert.Equal(["s", "s-2", "s-3", "t"], FeedbackNames.Distinct(["s", "s-2", "s", "t"]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+41", "'+41")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("nul\0here", "nul\uFFFDhere")]
    [InlineData("20251234", "20251234")]
    public void A_csv_cell_is_neither_a_formula_nor_a_broken_row(string cell, string expected) =>
        Assert.Equal(expected, GradesCsv.Quote(cell));

    [Fact]
    public void A_batch_of_hostile_file_names_writes_feedback_only_inside_its_folder()
    {
        var root = Directory.CreateTempSubdirectory("kit-hostile-").FullName;
        try
        {
            var subs = Directory.CreateDirectory(Path.Combine(root, "subs")).FullName;
            Directory.CreateDirectory(Path.Combine(subs, "other"));
            string[] names = ["-rf.tex", @"..\..\x.tex", "=1+1.tex", "a b.tex", "a_b.tex", "tab\there.tex", new string('y', 240) + ".tex", Path.Combine("other", "a_b.tex")];
            foreach (var n in names) File.WriteAllText(Path.Combine(subs, n), Submissions.Correct);
            var report = KitWriter.Grade(NewUserTrialTests.Key.Value, [subs], Path.Combine(root, "out"));
            var feedback = Path.Combine(root, "out", "feedback");
            var written = Directory.GetFiles(feedback);
            // Two files (text and LaTeX) per submission, none overwritten, all in the feedback folder.
            Assert.Equal(2 * names.Length, written.Length);
            Assert.Equal(names.Length, report.Grades.Select(g => g.Student).Distinct().Count());
            Assert.Equal(2 * names.Length + 2, Directory.GetFiles(Path.Combine(root, "out"), "*", SearchOption.AllDirectories).Length);
            var csv = File.ReadAllText(Path.Combine(root, "out", "grades.csv"));
            Assert.Contains("\n'=1+1,", csv);
            Assert.Contains("\n'-rf,", csv);
            Assert.DoesNotContain("\n=", csv);
            Assert.DoesNotContain("\n-", csv);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_][\p{L}\p{N}_.\-]*$")]
    private static partial Regex SafeName();
}
