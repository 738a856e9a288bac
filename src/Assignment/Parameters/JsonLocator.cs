using System.Text;
using System.Text.Json;

namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>
/// Finds where a JSON path ("$.q1.target.row", "$.points[3]") sits in the source text, so that
/// a value that parses but is invalid can be reported at its line and column, as a syntax error is.
/// </summary>
internal static class JsonLocator
{
    /// <summary>Where the key of the member at <paramref name="path"/> is written (its opening quote).</summary>
    public static (int Line, int Column)? FindKey(byte[] utf8, string path) => Exact(utf8, KeyPrefix + path);

    public static (int Line, int Column)? Find(byte[] utf8, string path) => Nearest(utf8, path) is { } at ? (at.Line, at.Column) : null;

    private const string KeyPrefix = "key:";

    private static (int Line, int Column)? Exact(byte[] utf8, string path)
    {
        var keys = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        try { Walk(utf8, keys); }
        catch (JsonException) { }
        return keys.TryGetValue(path, out var at) ? LineColumn(utf8, at) : null;
    }

    /// <summary>
    /// Where the value at <paramref name="path"/> is written, or, for a path the file leaves out (a default used),
    /// its nearest present ancestor; <c>Present</c> is the path found, shorter than <paramref name="path"/> in that case.
    /// </summary>
    public static (int Line, int Column, string Present)? Nearest(byte[] utf8, string path)
    {
        var positions = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        try { Walk(utf8, positions); }
        catch (JsonException) { return null; }
        for (var p = path; p.Length > 0; p = Parent(p))
            if (positions.TryGetValue(p, out var offset))
            {
                var (line, column) = LineColumn(utf8, offset);
                return (line, column, p);
            }
        return null;
    }

    private static void Walk(byte[] utf8, Dictionary<string, long> positions)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new Stack<(string Path, int NextIndex, bool IsArray)>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingProperty = reader.GetString();
                // The key's own position, for an unknown key (the walk may stop later at the error itself).
                if (stack.Count > 0) positions.TryAdd($"{KeyPrefix}{stack.Peek().Path}.{pendingProperty}", reader.TokenStartIndex);
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) { stack.Pop(); continue; }
            var path = ValuePath(stack, pendingProperty);
            pendingProperty = null;
            positions.TryAdd(path, reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.StartObject) stack.Push((path, 0, false));
            else if (reader.TokenType == JsonTokenType.StartArray) stack.Push((path, 0, true));
        }
    }

    private static string ValuePath(Stack<(string Path, int NextIndex, bool IsArray)> stack, string? property)
    {
        if (stack.Count == 0) return "$";
        var (parent, next, isArray) = stack.Pop();
        stack.Push((parent, next + 1, isArray));
        return isArray ? $"{parent}[{next}]" : $"{parent}.{property}";
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? "" : "$") : path[..cut];
    }

    private static (int, int) LineColumn(byte[] utf8, long offset)
    {
        var before = Encoding.UTF8.GetString(utf8, 0, (int)offset);
        var line = before.Count(c => c == '\n') + 1;
        var column = before.Length - before.LastIndexOf('\n');
        return (line, column);
    }
}
