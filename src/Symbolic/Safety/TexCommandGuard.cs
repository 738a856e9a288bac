using System.Text.RegularExpressions;
using Ift6135.Sym.Symbolic.Parsing;

namespace Ift6135.Sym.Symbolic.Safety;

/// <summary>
/// TeX commands in a submission that the checker must not silently skip: \input and \include
/// (the derivation may be in a file that is never read), \write18 and file writes (shell escape:
/// refused, never run), and macro definitions (\def, \newcommand...: not expanded, so later
/// formulas would be read without them). Each is a located input error. Commands in comments are
/// skipped; the checker passes the text it reads (comments and "% check: off" regions already blanked,
/// by its document reader) so that the guard skips exactly what the checker skips.
/// </summary>
public static partial class TexCommandGuard
{
    /// <param name="code">The text to scan, with offsets (lines and columns) as in the source.</param>
    /// <param name="source">The source shown with each error; <paramref name="code"/> itself when null.</param>
    public static IReadOnlyList<ParseError> Find(string code, string? source = null)
    {
        var errors = new List<ParseError>();
        var lines = code.Split('\n');
        var shown = (source ?? code).Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            var text = line[..CommentStart(line)];
            // Matches enumerated as values: a Match object per command of every line showed in profiles of check.
            foreach (var m in Command().EnumerateMatches(text))
                if (Why(text.Substring(m.Index + 1, m.Length - 1)) is { } why)
                    errors.Add(new ParseError(why, new SourceSpan(k + 1, m.Index + 1, m.Length), k < shown.Length ? shown[k].TrimEnd('\r') : line));
        }
        return errors;
    }

    private static string? Why(string name) => name switch
    {
        "input" or "include" or "InputIfFileExists" or "subfile" =>
            $"\\{name} is not followed: the checker reads this file only; paste the derivation into it",
        "write18" or "immediate" or "write" or "openout" or "openin" or "read" or "ShellEscape" =>
            $"\\{name} is refused: a submission never writes files or runs commands; remove it",
        "def" or "edef" or "gdef" or "xdef" or "let" or "newcommand" or "renewcommand" or "providecommand" or "DeclareRobustCommand" or "catcode" =>
            $"\\{name}: macro definitions are not expanded by the checker; write the mathematics out instead of the macro",
        _ => null,
    };

    /// <summary>Where a % comment starts (an unescaped %), or the line's length.</summary>
    private static int CommentStart(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') { i++; continue; }
            if (line[i] == '%') return i;
        }
        return line.Length;
    }

    [GeneratedRegex(@"\\([A-Za-z]+[0-9]*)")]
    private static partial Regex Command();
}
