using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc;

/// <summary>
/// Prints a <see cref="CalcOutcome"/> as infix, LaTeX, or a small JSON object whose shape is stable:
/// { "operation", "input", "assumptions", "result": {infix, latex} or [ ... ], "verdict"? }.
/// </summary>
internal static class CalcOutput
{
    public const string Infix = "infix", Latex = "latex", Json = "json";

    public static void Write(CalcOutcome outcome, string format, string? assumptions, CliConsole console)
    {
        if (format == Json) { console.Out.WriteLine(ToJson(outcome, assumptions)); return; }
        if (outcome.Verdict is { Count: > 0 } verdict)
        {
            console.Line(Convert.ToString(verdict[0].Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", VerdictColour(outcome));
            foreach (var field in verdict.Skip(1).Where(f => f.Value is not null))
                console.Out.WriteLine($"  {field.Key}: {FieldText(field.Value)}");
            return;
        }
        foreach (var r in outcome.Results) console.Out.WriteLine(format == Latex || outcome.PreferLatex ? r.Latex : r.Infix);
    }

    private static string? VerdictColour(CalcOutcome outcome) => outcome.ExitCode == ExitCodes.Ok ? "green" : "yellow";

    private static string FieldText(object? value) => value switch
    {
        IEnumerable<VerdictField> fields => string.Join(", ", fields.Select(f => f.Value is IEnumerable<VerdictField>
            ? $"{f.Key} ({FieldText(f.Value)})"
            : $"{f.Key} = {FieldText(f.Value)}")),
        IEnumerable<string> words => string.Join(", ", words),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    public static string ToJson(CalcOutcome outcome, string? assumptions)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            w.WriteString("operation", outcome.Operation);
            w.WriteString("input", outcome.Input);
            if (assumptions is null) w.WriteNull("assumptions"); else w.WriteString("assumptions", assumptions);
            w.WritePropertyName("result");
            if (outcome.IsList)
            {
                w.WriteStartArray();
                foreach (var r in outcome.Results) WriteRendered(w, r);
                w.WriteEndArray();
            }
            else WriteRendered(w, outcome.Results[0]);
            if (outcome.Verdict is not null)
            {
                w.WritePropertyName("verdict");
                WriteFields(w, outcome.Verdict);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRendered(Utf8JsonWriter w, Rendered r)
    {
        w.WriteStartObject();
        w.WriteString("infix", r.Infix);
        w.WriteString("latex", r.Latex);
        w.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter w, IEnumerable<VerdictField> fields)
    {
        w.WriteStartObject();
        foreach (var f in fields)
        {
            w.WritePropertyName(f.Key);
            WriteValue(w, f.Value);
        }
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case double d when double.IsFinite(d): w.WriteNumberValue(d); break;
            case double d: w.WriteStringValue(d.ToString(System.Globalization.CultureInfo.InvariantCulture)); break;
            case IEnumerable<VerdictField> fields: WriteFields(w, fields); break;
            case IEnumerable<string> words:
                w.WriteStartArray();
                foreach (var word in words) w.WriteStringValue(word);
                w.WriteEndArray();
                break;
            default: w.WriteStringValue(value.ToString()); break;
        }
    }
}
