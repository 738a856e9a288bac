namespace Ift6135.Sym.Bench.Corpus;

/// <summary>One step of the checker's fixture tables, as the small document `check` reads.</summary>
public sealed record CorpusStep(string Source, string Document, string Expected);

/// <summary>
/// The step corpus: the rows of tests/Ift6135.Sym.Tests/Checking/fixtures*.tsv (lhs, relation, rhs,
/// declarations separated by " ;; ", expected verdict, note), each made a document with its
/// declarations as comments and the step in a display, the form the fixture tests check.
/// </summary>
public static class StepCorpus
{
    public static IReadOnlyList<CorpusStep> Load(IEnumerable<string> tablePaths) =>
        tablePaths.SelectMany(Rows).ToArray();

    private static IEnumerable<CorpusStep> Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var k = 0; k < lines.Length; k++)
        {
            if (lines[k].Length == 0 || lines[k].StartsWith('#')) continue;
            var c = lines[k].Split('\t');
            if (c.Length < 6) throw new InvalidDataException($"{path}:{k + 1}: expected at least 6 tab-separated columns, found {c.Length}");
            var declarations = c[3].Split(" ;; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var document = string.Concat(declarations.Select(d => "% " + d + "\n")) + $"\\[ {c[0]} {c[1]} {c[2]} \\]\n";
            yield return new CorpusStep($"{Path.GetFileName(path)}:{k + 1}", document, c[4]);
        }
    }
}
