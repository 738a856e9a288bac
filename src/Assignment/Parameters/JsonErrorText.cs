using System.Text.Json;
using System.Text.RegularExpressions;
using Ift6135.Sym.Assignment.Questions;

namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>
/// Turns System.Text.Json's messages (written for .NET developers: type names, "could not be mapped to
/// any .NET member") into what a teaching assistant editing the file needs: which key is unknown and
/// which keys are known there, or what kind of value was expected.
/// </summary>
internal static partial class JsonErrorText
{
    private static readonly Type[] ParameterTypes =
        [typeof(AssignmentParameters), typeof(Q1Parameters), typeof(Q2Parameters), typeof(Q3Parameters), typeof(Q4Parameters),
         typeof(Q5Parameters), typeof(Q6Parameters), typeof(PixelParameter), typeof(MaskParameter), typeof(PartPoints)];

    public static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var core = cut > 0 ? message[..cut] : message;
        var where = e.Path is { Length: > 0 } path ? $"{path}: " : "";
        if (IsUnknownKey(e, out var key, out var typeName))
            return $"{where}unknown key \"{key}\"; the keys known here are {KnownKeys(typeName)}";
        if (NotConvertible().IsMatch(core))
            // The message names the type being built (often the enclosing object); the path names the value.
            return $"{where}expected {Expected(TypeAt(e.Path))}";
        return where + core;
    }

    public static bool IsUnknownKey(JsonException e, out string key, out string typeName)
    {
        var m = UnknownMember().Match(e.Message);
        (key, typeName) = m.Success ? (m.Groups["key"].Value, m.Groups["type"].Value) : ("", "");
        return m.Success;
    }

    public static bool IsWrongType(JsonException e) => NotConvertible().IsMatch(e.Message);

    private static string KnownKeys(string typeName)
    {
        var type = ParameterTypes.FirstOrDefault(t => t.FullName == typeName);
        var info = type is null ? null : ParametersJsonContext.Default.GetTypeInfo(type);
        return info is null ? "listed by 'solve --print-params'" : string.Join(", ", info.Properties.Select(p => p.Name));
    }

    /// <summary>The .NET type of the value at a JSON path ("$.q1.masks[0].matrix"), following the parameter records.</summary>
    private static Type? TypeAt(string? path)
    {
        if (path is null) return null;
        Type? type = typeof(AssignmentParameters);
        foreach (var segment in PathSegment().Matches(path).Select(m => m.Value))
        {
            if (type is null) return null;
            type = segment.StartsWith('[')
                ? (type.IsArray ? type.GetElementType() : type.IsGenericType ? type.GetGenericArguments()[0] : null)
                : ParametersJsonContext.Default.GetTypeInfo(type)?.Properties.FirstOrDefault(p => p.Name == segment[1..])?.PropertyType;
        }
        return type;
    }

    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is null) return "another kind of value (see 'solve --print-params')";
        if (type.IsEnum) return $"one of the strings {string.Join(", ", Enum.GetNames(type).Select(n => $"\"{n}\""))}";
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(double) || type == typeof(decimal)) return "a number";
        if (type == typeof(string)) return "a string in double quotes";
        if (type == typeof(bool)) return "true or false";
        if (type.IsArray || type.IsGenericType) return "a list [ ... ]";
        return "an object { ... }";
    }

    [GeneratedRegex(@"\.[^.\[]+|\[\d+\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex("The JSON property '(?<key>[^']*)' could not be mapped to any .NET member contained in type '(?<type>[^']*)'")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("The JSON value could not be converted to (?<type>.+?)\\.?$")]
    private static partial Regex NotConvertible();
}
