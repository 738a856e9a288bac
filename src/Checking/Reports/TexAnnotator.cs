using System.Globalization;
using System.Text;

namespace Ift6135.Sym.Checking.Reports;

/// <summary>
/// The `--format tex` report: the source document unchanged but for a LaTeX comment at the end of each
/// line that holds a step ("% check: valid (symbolic)"), so the copy compiles exactly as the original.
/// </summary>
public static class TexAnnotator
{
    public static string Annotate(string source, CheckReport report)
    {
        var notes = new SortedDictionary<int, List<string>>();
        foreach (var step in report.Chains.SelectMany(c => c.Steps))
            Add(notes, step.Line, $"{Verdict(step)}: {step.Left} {step.Relation} {step.Right}");
        foreach (var e in report.Errors) Add(notes, e.Line, $"error at column {e.Column}: {e.Message}");
        var lines = source.Split('\n');
        var sb = new StringBuilder();
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k].TrimEnd('\r');
            sb.Append(line);
            if (notes.TryGetValue(k + 1, out var list))
                sb.Append(" % check: ").Append(string.Join(" | ", list.Select(OneLine)));
            if (k < lines.Length - 1) sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void Add(SortedDictionary<int, List<string>> notes, int line, string text)
    {
        if (!notes.TryGetValue(line, out var list)) notes[line] = list = [];
        list.Add(text);
    }

    private static string OneLine(string s) => s.Replace('\n', ' ').Replace('\r', ' ');

    private static string Verdict(StepReport s) => s.Status switch
    {
        StepStatus.Valid => $"valid ({s.Method})",
        StepStatus.Invalid when s.Counterexample is { } ce =>
            "INVALID at " + string.Join(", ", ce.Values.Select(kv => $"{kv.Key} = {kv.Value.ToString("G6", CultureInfo.InvariantCulture)}")) +
            $" (left {ce.Left}, right {ce.Right})",
        StepStatus.Invalid => "INVALID" + (s.Detail is { } d ? $" ({d})" : ""),
        StepStatus.Unknown => "unknown",
        StepStatus.NotChecked => "not checked",
        StepStatus.Definition => "definition",
        _ => "error",
    };
}
