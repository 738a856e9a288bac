using System.Text.Json;
using System.Text.Json.Nodes;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Bench.Corpus;

/// <summary>
/// Writes the step corpus in SymPy syntax, one JSON object per line: the relations our checker
/// decided for the step (matrix steps give one per entry), the symbols with their domains, the
/// expected verdict and ours. Steps that reach no decision (a reading error, nothing to check) are
/// left out: there is nothing to give SymPy, and the timing compares the same steps on both sides.
/// </summary>
public static class CorpusExport
{
    /// <summary>The steps that reach the decider, each with what it was asked and the report.</summary>
    public static IEnumerable<(CorpusStep Step, RecordingDecider Decider, CheckReport Report)> Decidable(IEnumerable<CorpusStep> steps)
    {
        foreach (var step in steps)
        {
            var decider = new RecordingDecider();
            var report = new DerivationChecker(decider).Check(step.Document, step.Source);
            if (decider.Seen.Count > 0 && report.Errors.Count == 0) yield return (step, decider, report);
        }
    }

    public static int Write(IReadOnlyList<CorpusStep> steps, TextWriter output)
    {
        var written = 0;
        foreach (var (step, decider, report) in Decidable(steps))
        {
            var relations = decider.Seen.Select(s => s.Relation).ToArray();
            var all = relations.SelectMany(r => new[] { r.Left, r.Right }).Concat(decider.Seen.SelectMany(s => s.Assumptions.Relations.SelectMany(a => new[] { a.Left, a.Right })));
            var line = new JsonObject
            {
                ["source"] = step.Source,
                ["expected"] = step.Expected,
                ["ours"] = Verdict(report),
                ["symbols"] = SympySyntax.Symbols(all),
                ["relations"] = new JsonArray(relations.Select(r => (JsonNode)new JsonObject
                {
                    ["kind"] = Relation.Symbol(r.Kind), ["lhs"] = SympySyntax.Of(r.Left), ["rhs"] = SympySyntax.Of(r.Right),
                }).ToArray()),
                ["document"] = step.Document,
            };
            output.WriteLine(line.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            written++;
        }
        return written;
    }

    public static string Verdict(CheckReport report) =>
        report.Chains.SelectMany(c => c.Steps).FirstOrDefault()?.Status.ToString().ToLowerInvariant() ?? "nostep";
}
