using System.Text.Json;

namespace Ift6135.Sym.Bench.Harness;

/// <summary>
/// The measurements as JSON, the format bench/reference/engine.py also writes and bench/report.py
/// reads: {"engine": ..., "results": [{"id", "size", "variant", "median_s", "reps", "fingerprint", "error"}]}.
/// </summary>
public static class JsonReport
{
    public static void Write(Stream output, string engine, IEnumerable<Measurement> measurements)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("engine", engine);
        json.WriteStartArray("results");
        foreach (var m in measurements)
        {
            json.WriteStartObject();
            json.WriteString("id", m.Id);
            json.WriteNumber("size", m.Size);
            json.WriteString("variant", "engine");
            if (double.IsNaN(m.MedianSeconds)) json.WriteNull("median_s");
            else json.WriteNumber("median_s", m.MedianSeconds);
            json.WriteNumber("reps", m.Repetitions);
            if (!double.IsNaN(m.CpuSeconds)) json.WriteNumber("cpu_s", m.CpuSeconds);
            json.WriteString("fingerprint", m.Fingerprint);
            if (m.Error is null) json.WriteNull("error");
            else json.WriteString("error", m.Error);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
