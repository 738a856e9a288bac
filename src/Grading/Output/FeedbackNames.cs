using System.Security.Cryptography;
using System.Text;

namespace Ift6135.Sym.Grading.Output;

/// <summary>
/// File names for the feedback of each student, from student ids that come from untrusted file names.
/// A name keeps letters, digits, '_', '-' and single inner dots; anything else becomes '_'; it never
/// starts with '-' or '.', never holds ".." or a path separator or a control character, and is at most
/// <see cref="MaxBytes"/> UTF-8 bytes before its suffix. A name that had to change carries a short hash of
/// the id, so two ids that clean to the same text stay apart whatever else is in the batch.
/// </summary>
public static class FeedbackNames
{
    /// <summary>The cleaned text's bound, well under the 255 bytes file systems allow with the hash and ".tex".</summary>
    public const int MaxBytes = 80;

    public static string Of(string id)
    {
        var clean = Clean(id.Normalize(NormalizationForm.FormC));
        return clean == id && clean.Length > 0 ? clean : $"{(clean.Length == 0 ? "student" : clean)}-{Hash(id)}";
    }

    /// <summary>One name per id, in order, all different: a repeated name gets -2, -3, ... (the first number not taken).</summary>
    public static IReadOnlyList<string> Distinct(IReadOnlyList<string> names)
    {
        var taken = new HashSet<string>(names, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(names.Count);
        foreach (var name in names)
        {
            if (seen.Add(name)) { result.Add(name); continue; }
            var n = 2;
            while (taken.Contains($"{name}-{n}")) n++;
            var renamed = $"{name}-{n}";
            taken.Add(renamed);
            seen.Add(renamed);
            result.Add(renamed);
        }
        return result;
    }

    private static string Clean(string id)
    {
        var sb = new StringBuilder();
        var bytes = 0;
        foreach (var rune in id.EnumerateRunes())
        {
            var kept = Rune.IsLetterOrDigit(rune) || rune.Value is '_' or '-' ? rune
                : rune.Value == '.' && sb.Length > 0 && sb[^1] != '.' ? rune
                : new Rune('_');
            if (bytes + kept.Utf8SequenceLength > MaxBytes) break;
            sb.Append(kept.ToString());
            bytes += kept.Utf8SequenceLength;
        }
        // No leading '-' (read as an option by the tools a teaching assistant runs on the folder), no trailing dot.
        if (sb.Length > 0 && sb[0] == '-') sb[0] = '_';
        return sb.ToString().TrimEnd('.');
    }

    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
}
