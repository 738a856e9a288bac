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
            // JsonException positions are 0-based; the user counts from 1.
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new ParametersException($"{fileName}:{line}:{column}: {Describe(e)}");
        }
        if (parameters is null) throw new ParametersException($"{fileName}:1:1: the parameter file must hold a JSON object, not null");
        var problems = ParametersValidator.Validate(parameters);
        if (problems.Count > 0)
            throw new ParametersException(string.Join("\n", problems.Select(p => Locate(utf8, fileName, p))));
        return parameters;
    }

    /// <summary>The defaults as JSON (what --print-params writes).</summary>
    public static string Serialize(AssignmentParameters parameters) =>
        JsonSerializer.Serialize(parameters, ParametersJsonContext.Default.AssignmentParameters) + "\n";

    private static string Locate(byte[] utf8, string fileName, ParameterProblem p)
    {
        var at = JsonLocator.Find(utf8, p.Path);
        if (at is null) return $"{fileName}: {p.Path}: {p.Message}";
        // Inside a string value, point at the offending character (+1 for the opening quote).
        var column = at.Value.Column + (p.ColumnInValue > 0 ? p.ColumnInValue : 0);
        return $"{fileName}:{at.Value.Line}:{column}: {p.Path}: {p.Message}";
    }

    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var core = cut > 0 ? message[..cut] : message;
        return e.Path is { Length: > 0 } path ? $"{path}: {core}" : core;
    }
}
