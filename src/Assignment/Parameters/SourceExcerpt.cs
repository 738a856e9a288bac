using System.Text;

namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>"file:line:column: message", then the line itself and a caret under the column, as parse errors are shown.</summary>
internal static class SourceExcerpt
{
    public static string Format(byte[] utf8, string fileName, int line, int column, string message)
    {
        var head = $"{fileName}:{line}:{column}: {message}";
        var text = LineText(utf8, line);
        if (text is null) return head;
        var caret = new string(' ', Math.Clamp(column - 1, 0, text.Length));
        return $"{head}\n  {text}\n  {caret}^";
    }

    /// <summary>The byte offset where the 1-based line starts (the end of the data past the last line).</summary>
    public static int LineStart(byte[] utf8, int line)
    {
        var offset = 0;
        for (var l = 1; l < line && offset < utf8.Length; l++)
        {
            var newline = Array.IndexOf(utf8, (byte)'\n', offset);
            if (newline < 0) return utf8.Length;
            offset = newline + 1;
        }
        return offset;
    }

    /// <summary>The line's text, tabs shown as spaces so the caret lines up; empty for an empty last line, null past the end or for a huge line.</summary>
    private static string? LineText(byte[] utf8, int line)
    {
        var start = LineStart(utf8, line);
        if (start >= utf8.Length) return start == utf8.Length && (utf8.Length == 0 ? line == 1 : utf8[^1] == (byte)'\n') ? "" : null;
        var end = Array.IndexOf(utf8, (byte)'\n', start);
        var text = Encoding.UTF8.GetString(utf8, start, (end < 0 ? utf8.Length : end) - start).TrimEnd('\r').Replace('\t', ' ');
        return text.Length > 200 ? null : text;
    }
}
