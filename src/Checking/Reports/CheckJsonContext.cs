using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ift6135.Sym.Checking.Reports;

/// <summary>Source-generated JSON metadata for the report (no reflection, so it works under AOT).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CheckReport))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;

public static class JsonReportFormatter
{
    public static string Format(CheckReport report) => JsonSerializer.Serialize(report, CheckJsonContext.Default.CheckReport);

    public static CheckReport? Parse(string json) => JsonSerializer.Deserialize(json, CheckJsonContext.Default.CheckReport);
}
