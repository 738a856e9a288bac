using System.Text.RegularExpressions;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Grading.Reading;

namespace Ift6135.Sym.Grading.Scoring;

/// <summary>
/// The text the checker reads for the derivation of one answer, every body at its line in the student's file:
/// the question's declarations, then the earlier answers of the same question, each in its answer environment,
/// then the answer itself in its own. The checker gives the definitions of an answer to the next answers of the
/// same question (README, "What check reads"), so the A := .. of q6.1 is the A of det(lambda I - A) in q6.3, as
/// `check` reads the whole file; graded alone, that step was undecided. When the lines before the answer leave no
/// room for this layout (answers written on one line), the answer is read alone after the declarations, as before.
/// </summary>
internal static partial class DerivationText
{
    public static string Compose(IReadOnlyList<string> declarations, IReadOnlyList<AnswerText> earlier, AnswerText answer, string body)
    {
        var lines = declarations.ToList();
        foreach (var e in earlier.Where(e => MayDefineFor(e.Body, body)))
            if (!Place(lines, e.PartId, e.Body, e.Line)) return Alone(declarations, answer.Line, body);
        return Place(lines, answer.PartId, body, answer.Line) ? string.Join("\n", lines) : Alone(declarations, answer.Line, body);
    }

    /// <summary>
    /// Whether the earlier body may define a name the answer uses: a name written just before '=', ':=', \coloneqq or
    /// \triangleq there, and written in the answer. An earlier answer without one gives nothing, and leaving it out keeps
    /// the text (the key of the grading cache) the same for every student who wrote the same answer. With
    /// <paramref name="functions"/>, a function written applied before '=' (s(z) = ..) counts too: an answer's own field reads
    /// its derivation's functions, an earlier answer's functions are its own.
    /// </summary>
    public static bool MayDefineFor(string earlier, string body, bool functions = false) =>
        DefinedNames(earlier).Concat(functions ? DefinedFunction().Matches(earlier).Select(m => m.Groups["name"].Value) : [])
            .Any(name => Regex.IsMatch(body, $@"(?<![A-Za-z\\]){Regex.Escape(name)}(?![A-Za-z])"));

    /// <summary>The names a body writes just before '=', ':=', \coloneqq or \triangleq: those it may define.</summary>
    public static IEnumerable<string> DefinedNames(string body) =>
        DefinedName().Matches(body).Select(m => m.Groups["name"].Value).Distinct();

    [GeneratedRegex(@"(?<name>\\?[A-Za-z]+)\s*(_\{[^{}]*\}|_[A-Za-z0-9])?\s*(:=|=|\\coloneqq|\\triangleq)")]
    private static partial Regex DefinedName();

    [GeneratedRegex(@"(?<name>\\?[A-Za-z]+)\s*(_\{[^{}]*\}|_[A-Za-z0-9])?\s*\([^()]*\)\s*(:=|=|\\coloneqq)")]
    private static partial Regex DefinedFunction();

    /// <summary>The report of the answer only: its chains and errors, at or after the line where its body starts.</summary>
    public static CheckReport Only(CheckReport report, int line)
    {
        var chains = report.Chains.Where(c => c.Line >= line).ToArray();
        var errors = report.Errors.Where(e => e.Line >= line).ToArray();
        return report with { Chains = chains, Errors = errors, Summary = CheckReport.Summarize(chains, errors.Length) };
    }

    /// <summary>
    /// The answer as the file has it: \begin{answer}{id} at the start of <paramref name="line"/>, where the body starts
    /// (so columns are the file's too), and \end{answer} after its last line; false when earlier text is in the way.
    /// </summary>
    private static bool Place(List<string> lines, string id, string body, int line)
    {
        if (lines.Count > line - 1) return false;
        while (lines.Count < line - 1) lines.Add("");
        var rows = body.Split('\n');
        rows[0] = $"\\begin{{answer}}{{{id}}}" + rows[0];
        rows[^1] += "\\end{answer}";
        lines.AddRange(rows);
        return true;
    }

    /// <summary>The declarations, blank lines, then the body from its line (the body alone when the declarations fill those lines).</summary>
    private static string Alone(IReadOnlyList<string> declarations, int line, string body) =>
        string.Join("\n", declarations) + new string('\n', Math.Max(0, line - 1 - declarations.Count) + 1) + body;
}
