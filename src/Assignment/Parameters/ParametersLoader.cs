using System.Text;
using System.Text.Json;

namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>Reads, writes and validates parameter files. Every error names file:line:column.</summary>
public static class ParametersLoader
{
    public static AssignmentParameters Load(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ParametersException($"{path}: cannot read the parameter file: {e.Message}");
        }
        return Parse(bytes, path);
    }

    public static AssignmentParameters Parse(string json, string fileName) => Parse(Encoding.UTF8.GetBytes(json), fileName);

    public static AssignmentParameters Parse(byte[] utf8, string fileName)
    {
        AssignmentParameters? parameters;
        try
        {
            parameters = JsonSerializer.Deserialize(utf8, ParametersJsonContext.Default.AssignmentParameters);
        }
        catch (JsonException e)
        {
            // JsonException positions are 0-based and count bytes; the user counts characters from 1.
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = CharacterColumn(utf8, line, (int)(e.BytePositionInLine ?? 0)) + 1;
            // For a wrong value or an unknown key the reader stands past the token; point at its start.
            var at = e.Path is null ? null
                : JsonErrorText.IsUnknownKey(e, out _, out _) ? JsonLocator.FindKey(utf8, e.Path)
                : JsonErrorText.IsWrongType(e) ? JsonLocator.Find(utf8, e.Path) : null;
            if (at is { } start) (line, column) = start;
            throw new ParametersException(SourceExcerpt.Format(utf8, fileName, line, column, JsonErrorText.Describe(e)));
        }
        if (parameters is null) throw new ParametersException(SourceExcerpt.Format(utf8, fileName, 1, 1, "the parameter file must hold a JSON object, not null"));
        var problems = ParametersValidator.Validate(parameters);
        if (problems.Count > 0)
            throw new ParametersException(string.Join("\n", Merged(utf8, problems).Select(p => Locate(utf8, fileName, p))));
        return parameters;
    }

    /// <summary>
    /// A problem found after loading (a parameter the derivations cannot support), located in the file
    /// it came from as a validation problem is; without a file (the defaults) it names the JSON path only.
    /// </summary>
    public static string Describe(ParameterProblem problem, string? path)
    {
        if (path is null) return $"parameters: {problem.Path}: {problem.Message}";
        try { return Locate(File.ReadAllBytes(path), path, problem); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return $"{path}: {problem.Path}: {problem.Message}"; }
    }

    /// <summary>The defaults as JSON (what --print-params writes).</summary>
    public static string Serialize(AssignmentParameters parameters) =>
        JsonSerializer.Serialize(parameters, Readable.AssignmentParameters) + "\n";

    /// <summary>Writes "i < 2" as is, not "i \u003C 2": the file is for people to edit, never embedded in HTML.</summary>
    private static readonly ParametersJsonContext Readable = new(new JsonSerializerOptions(ParametersJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static string Locate(byte[] utf8, string fileName, ParameterProblem p)
    {
        if (JsonLocator.Nearest(utf8, p.Path) is not { } at) return $"{fileName}: {p.Path}: {p.Message}";
        // A value the file leaves out is the default: pointing at its parent alone would blame what the user wrote.
        var message = Absent(p.Path, at.Present) is { } absent ? $"{p.Message} ({DefaultNote(absent, at.Present)})" : p.Message;
        // Inside a string value, point at the offending character (+1 for the opening quote).
        var column = at.Column + (p.ColumnInValue > 0 && at.Present.Length == p.Path.Length ? p.ColumnInValue : 0);
        return SourceExcerpt.Format(utf8, fileName, at.Line, column, $"{p.Path}: {message}");
    }

    /// <summary>
    /// The problems inside one value the file leaves out (eight bad names in the default cases) become one,
    /// at that value's path: the user wrote none of them, and one change fixes them all.
    /// </summary>
    private static IEnumerable<ParameterProblem> Merged(byte[] utf8, IReadOnlyList<ParameterProblem> problems) =>
        problems.Select((p, k) => (Problem: p, Absent: JsonLocator.Nearest(utf8, p.Path) is { } at ? Absent(p.Path, at.Present) : null, Index: k))
            .GroupBy(x => x.Absent ?? $"#{x.Index}")
            .Select(g => g.First().Absent is { } absent
                ? new ParameterProblem(absent, string.Join("; ", g.Select(x => x.Problem.Message).Distinct()))
                : g.First().Problem);

    /// <summary>The outermost part of <paramref name="path"/> missing from the file ("$.q1.cases" of "$.q1.cases[0][1]" under "$.q1"), or null when the path is there.</summary>
    private static string? Absent(string path, string present)
    {
        if (present.Length >= path.Length) return null;
        var end = path.IndexOfAny(['.', '['], present.Length + 1);
        return end < 0 ? path : path[..end];
    }

    private static string DefaultNote(string absent, string present)
    {
        var key = absent[(present.Length + 1)..];
        var parent = present == "$" ? "the top level" : $"\"{present[(Math.Max(present.LastIndexOf('.'), 0) + 1)..]}\"";
        return absent[present.Length] == '['
            ? $"{absent} is not in this file, so its default is used"
            : $"\"{key}\" is not in this file, so its default is used; add \"{key}\" to {parent} to set it";
    }

    /// <summary>The 0-based character column of a 0-based byte position in a 1-based line.</summary>
    private static int CharacterColumn(byte[] utf8, int line, int bytePosition)
    {
        var start = SourceExcerpt.LineStart(utf8, line);
        var length = Math.Clamp(bytePosition, 0, utf8.Length - start);
        return Encoding.UTF8.GetCharCount(utf8, start, length);
    }
}
