using System.Text.Json.Serialization;

namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>
/// Source-generated (reflection-free, trimming- and NativeAOT-safe) JSON metadata for the
/// parameters. Unknown members are errors so that a misspelt key is reported, not ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(AssignmentParameters))]
internal sealed partial class ParametersJsonContext : JsonSerializerContext;
