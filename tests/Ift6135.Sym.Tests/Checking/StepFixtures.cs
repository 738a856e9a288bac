using System.Runtime.CompilerServices;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>One row of fixtures.tsv: a step, the declarations in force, the verdict a correct checker gives.</summary>
public sealed record StepFixture(int Line, string Left, string Relation, string Right, string Declarations, string Expected, string Note, bool Known)
{
    public override string ToString() => $"line {Line}: {Left} {Relation} {Right}";

    /// <summary>The fixture as a small document: declarations as comments, then the step in \[ \].</summary>
    public string Document()
    {
        var decls = Declarations.Split(" ;; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Concat(decls.Select(d => "% " + d + "\n")) + $"\\[ {Left} {Relation} {Right} \\]\n";
    }

    /// <summary>The verdict the checker gives: "error" when the input could not be read, else the status of the first step.</summary>
    public string Actual()
    {
        var report = Checker.CheckText(Document(), "fixture.tex");
        if (report.Errors.Count > 0) return "error";
        var step = report.Chains.SelectMany(c => c.Steps).FirstOrDefault();
        return step is null ? "nostep" : step.Status switch
        {
            StepStatus.Valid => "valid",
            StepStatus.Invalid => "invalid",
            StepStatus.Unknown => "unknown",
            StepStatus.NotChecked => "notchecked",
            StepStatus.Definition => "definition",
            _ => "error",
        };
    }
}

public static class StepFixtures
{
    private static string Here([CallerFilePath] string path = "") => path;

    /// <summary>Read from beside this source file, so the table needs no project change to be found.</summary>
    public static IReadOnlyList<StepFixture> All { get; } = Load(Path.Combine(Path.GetDirectoryName(Here())!, "fixtures.tsv"))
        .Concat(Load(Path.Combine(Path.GetDirectoryName(Here())!, "fixtures.generated.tsv"))).ToList();

    private static IEnumerable<StepFixture> Load(string path)
    {
        if (!File.Exists(path)) yield break;
        var lines = File.ReadAllLines(path);
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var c = line.Split('\t');
            if (c.Length < 6) throw new InvalidDataException($"{Path.GetFileName(path)}:{k + 1}: expected 6 or 7 tab-separated columns, found {c.Length}");
            yield return new StepFixture(k + 1, c[0], c[1], c[2], c[3], c[4], c[5], c.Length > 6 && c[6] == "known");
        }
    }
}
