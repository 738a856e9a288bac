using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// A short digest of what an answer key expects (each part's points and each field's expected answer), written
/// in the template so that the grader can tell a file filled from another variant's template: graded without
/// the template's --params, a whole class's correct variant answers would get 0 with no problem reported.
/// </summary>
public static partial class KeyFingerprint
{
    public static string Of(AnswerKey key)
    {
        var text = new StringBuilder();
        foreach (var part in key.Parts)
        {
            text.Append(part.Id).Append(':').Append(part.Points.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var field in part.Fields) text.Append(field.Name).Append('=').Append(field.Expected.Canonical).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>The fingerprint line the template wrote ("%% key: 0123456789abcdef"), with its line; null when the file has none.</summary>
    public static (string Fingerprint, int Line)? Written(string text)
    {
        var m = Line().Match(text);
        return m.Success ? (m.Groups["key"].Value, text.AsSpan(0, m.Index).Count('\n') + 1) : null;
    }

    /// <summary>The "Parameters: ..." sentence the template wrote, to name in a message; null when absent.</summary>
    public static string? Parameters(string text) => ParametersLine().Match(text) is { Success: true } m ? m.Groups["what"].Value.Trim() : null;

    [GeneratedRegex(@"^%% key: (?<key>[0-9a-f]{16})\b", RegexOptions.Multiline)]
    private static partial Regex Line();

    [GeneratedRegex(@"^Parameters: (?<what>[^\n]*?)\. Total:", RegexOptions.Multiline)]
    private static partial Regex ParametersLine();
}
