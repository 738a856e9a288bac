using System.Text;
using System.Text.Json;
using Ift6135.Sym.Assignment.Model;

namespace Ift6135.Sym.Render;

/// <summary>
/// The answers in machine-readable form (solutions.json) for the grader and scripts: one entry per
/// sub-question with its status and canonical answer. Written with Utf8JsonWriter (no reflection).
/// </summary>
public static class AnswersJson
{
    public static byte[] Write(Solution solution)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("title", solution.Title);
            w.WriteNumber("totalPoints", solution.TotalPoints);
            w.WriteStartArray("parts");
            foreach (var part in solution.Questions.SelectMany(q => q.Parts)) WritePart(w, part);
            w.WriteEndArray();
            w.WriteNumber("verifiedSteps", solution.Ledger.Count);
            w.WriteNumber("sanityChecks", solution.SanityChecks.Count);
            w.WriteEndObject();
        }
        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static void WritePart(Utf8JsonWriter w, Part part)
    {
        w.WriteStartObject();
        w.WriteString("id", part.Id);
        w.WriteString("title", part.Title);
        w.WriteNumber("points", part.Points);
        w.WriteString("status", part.Status == PartStatus.Derived ? "derived" : "notYetDerived");
        var result = part.Blocks.OfType<Result>().FirstOrDefault();
        if (result is null) w.WriteNull("answer");
        else w.WriteString("answer", result.Machine.Canonical);
        w.WriteEndObject();
    }
}
