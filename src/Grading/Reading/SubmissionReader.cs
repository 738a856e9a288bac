using System.Text.RegularExpressions;

namespace Ift6135.Sym.Grading.Reading;

/// <summary>
/// Finds the answer environments of a filled template: \begin{answer}{q6.1} ... \end{answer}.
/// An environment left unclosed, a sub-question answered twice or an unknown id is reported and the
/// other answers are still read; a file with no answer environment is not a template.
/// </summary>
public static partial class SubmissionReader
{
    public static Submission Read(string text, string file, IReadOnlySet<string> knownParts)
    {
        var student = Path.GetFileNameWithoutExtension(file);
        var answers = new SortedDictionary<string, AnswerText>(StringComparer.Ordinal);
        var problems = new List<string>();
        var body = StripComments(text);
        foreach (Match begin in Begin().Matches(body))
        {
            var id = begin.Groups["id"].Value.Trim();
            var line = LineOf(text, begin.Index);
            var start = begin.Index + begin.Length;
            var end = body.IndexOf(@"\end{answer}", start, StringComparison.Ordinal);
            var nextBegin = Begin().Match(body, start);
            if (end < 0 || (nextBegin.Success && nextBegin.Index < end))
            {
                problems.Add($"{file}:{line}: the answer environment of {id} is not closed (\\end{{answer}} is missing); this answer is not graded");
                continue;
            }
            if (!knownParts.Contains(id))
            {
                problems.Add($"{file}:{line}: there is no sub-question \"{id}\"; this answer is ignored");
                continue;
            }
            if (answers.ContainsKey(id))
            {
                problems.Add($"{file}:{line}: {id} is answered twice; the first answer is graded");
                continue;
            }
            // The body keeps its comments: they carry the declarations (% assume: ...).
            answers[id] = new AnswerText(id, text[start..end], LineOf(text, start));
        }
        if (answers.Count == 0 && problems.Count == 0)
            problems.Add($"{file}: no answer environment (\\begin{{answer}}{{q1.1}} ... \\end{{answer}}) was found: this is not a filled answer template");
        return new Submission(student, file, answers, problems);
    }

    public static int LineOf(string text, int offset) => text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n') + 1;

    /// <summary>Comments blanked (same length), so that a commented-out environment is not read.</summary>
    private static string StripComments(string text)
    {
        var chars = text.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] == '\\') { k++; continue; }
            if (chars[k] != '%') continue;
            while (k < chars.Length && chars[k] != '\n') chars[k++] = ' ';
        }
        return new string(chars);
    }

    [GeneratedRegex(@"\\begin\{answer\}\s*\{(?<id>[^}]*)\}")]
    private static partial Regex Begin();
}
