using System.Text.RegularExpressions;

namespace Ift6135.Sym.Grading.Reading;

/// <summary>
/// Finds the answer environments of a filled template: \begin{answer}{q6.1} ... \end{answer}.
/// An environment left unclosed, a sub-question answered twice, an unknown id or a misspelt environment
/// name is reported at its \begin (file:line:column, what is wrong, what to do) and the other answers are
/// still read; a file with no answer environment is not a template.
/// </summary>
public static partial class SubmissionReader
{
    public static Submission Read(string text, string file, IReadOnlySet<string> knownParts)
    {
        var student = Path.GetFileNameWithoutExtension(file);
        var answers = new SortedDictionary<string, AnswerText>(StringComparer.Ordinal);
        var problems = new List<string>();
        var unread = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var body = StripComments(text);
        var begins = Begin().Matches(body).ToArray();
        for (var k = 0; k < begins.Length; k++)
        {
            var begin = begins[k];
            var id = begin.Groups["id"].Value.Trim();
            var at = Where(text, file, begin.Index);
            var start = begin.Index + begin.Length;
            var end = body.IndexOf(@"\end{answer}", start, StringComparison.Ordinal);
            var next = k + 1 < begins.Length ? begins[k + 1] : null;
            if (end < 0 || (next is not null && next.Index < end))
            {
                // The \begin that is not closed is the one to fix, whatever the answer that follows it.
                problems.Add(Unclosed(at, id, text, body, start, next));
                unread.TryAdd(id, $"not graded: its \\end{{answer}} is missing (see {at})");
                continue;
            }
            if (!knownParts.Contains(id))
            {
                problems.Add($"{at}: there is no sub-question \"{id}\"; this answer is ignored: write one of the template's ids ({Ids(knownParts)}) in \\begin{{answer}}{{...}}");
                continue;
            }
            if (answers.TryGetValue(id, out var first))
            {
                problems.Add($"{at}: {id} is answered twice (first at line {first.Line}); the first answer is graded: delete or merge the other one");
                continue;
            }
            // The body keeps its comments: they carry the declarations (% assume: ...).
            answers[id] = new AnswerText(id, text[start..end], LineOf(text, start), ColumnOf(text, start));
        }
        foreach (Match wrong in MisnamedBegin().Matches(body))
        {
            var id = wrong.Groups["id"].Value.Trim();
            problems.Add($"{Where(text, file, wrong.Index)}: \\begin{{{wrong.Groups["env"].Value}}}{{{id}}} is not an answer environment; this answer is not graded: write \\begin{{answer}}{{{id}}} ... \\end{{answer}}");
            unread.TryAdd(id, $"not graded: the environment name is misspelt (see {Where(text, file, wrong.Index)})");
        }
        foreach (var id in answers.Keys) unread.Remove(id);
        if (answers.Count == 0 && problems.Count == 0) problems.Add(NotATemplate(text, file));
        return new Submission(student, file, answers, problems, unread);
    }

    public static int LineOf(string text, int offset) => text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n') + 1;

    /// <summary>file:line:column of an offset, the column counted in characters from 1.</summary>
    public static string Where(string text, string file, int offset) => $"{file}:{LineOf(text, offset)}:{ColumnOf(text, offset)}";

    private static int ColumnOf(string text, int offset) => offset - (offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1) + 1;

    /// <summary>What is missing, where the answer runs into, and what to add: a misspelt \end{...} is named if there is one.</summary>
    private static string Unclosed(string at, string id, string text, string body, int start, Match? next)
    {
        var stop = next?.Index ?? body.Length;
        var runsInto = next is null ? "before the end of the file" : $"before \\begin{{answer}}{{{next.Groups["id"].Value.Trim()}}} at line {LineOf(text, next.Index)}";
        var misspelt = MisnamedEnd().Match(body[..stop], start);
        var fix = misspelt.Success
            ? $"line {LineOf(text, misspelt.Index)} has \\end{{{misspelt.Groups["env"].Value}}}: write \\end{{answer}} there"
            : $"add \\end{{answer}} on the line after the last line of the {id} answer";
        return $"{at}: the answer environment of {id} opened here is not closed: \\end{{answer}} is missing {runsInto}; {fix}. This answer is not graded; the other answers are";
    }

    private static string NotATemplate(string text, string file)
    {
        var what = text.Trim().Length == 0 ? "the file is empty" : "no answer environment (\\begin{answer}{q1.1} ... \\end{answer}) was found: this is not a filled answer template";
        return $"{file}:1:1: {what}; start from the file `ift6135-sym template` writes and write each answer inside its \\begin{{answer}}{{ID}} ... \\end{{answer}}";
    }

    private static string Ids(IReadOnlySet<string> known)
    {
        var ids = known.Order(StringComparer.Ordinal).ToArray();
        return ids.Length <= 2 ? string.Join(", ", ids) : $"{ids[0]}, {ids[1]}, ..., {ids[^1]}";
    }

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

    /// <summary>Another environment given a sub-question id, e.g. \begin{answers}{q6.1} or \begin{Answer}{q1.1}.</summary>
    [GeneratedRegex(@"\\begin\{(?<env>(?!answer\})[^}\n]{1,40})\}\s*\{(?<id>\s*q\d+\.\d+\s*)\}")]
    private static partial Regex MisnamedBegin();

    /// <summary>An \end whose name looks like answer but is not (\end{answers}, \end{Answer}, \end{anwser}).</summary>
    [GeneratedRegex(@"\\end\{(?<env>(?!answer\})(?i:ans|anw|awn)[^}\n]{0,10})\}")]
    private static partial Regex MisnamedEnd();
}
