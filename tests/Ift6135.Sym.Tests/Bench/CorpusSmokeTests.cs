using System.Text.Json;
using Ift6135.Sym.Bench.Corpus;

namespace Ift6135.Sym.Tests.Bench;

/// <summary>
/// The check corpus pipeline of bench/run.sh on a three-row table written here: reading the table,
/// exporting the decided steps in SymPy syntax, and the in-process timing. No timing is asserted.
/// </summary>
public sealed class CorpusSmokeTests
{
    // (a + 1)^2 = a^2 + 2a + 1 holds; a > 0 under the declaration; the third row cannot be read.
    private const string Table =
        "# lhs\trelation\trhs\tdeclarations\texpected\tnote\n" +
        "(a + 1)^2\t=\ta^2 + 2a + 1\t\tvalid\tbinomial\n" +
        "a\t>\t0\tassume: a > 0\tvalid\tdeclared sign\n" +
        "\\frac{1}{\t=\t1\t\terror\tbroken\n";

    private static IReadOnlyList<CorpusStep> Steps()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corpus-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, Table);
        try { return StepCorpus.Load([path]); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Rows_become_documents_with_their_declarations_as_comments()
    {
        var steps = Steps();
        Assert.Equal(3, steps.Count);
        Assert.Equal("\\[ (a + 1)^2 = a^2 + 2a + 1 \\]\n", steps[0].Document);
        Assert.Equal("% assume: a > 0\n\\[ a > 0 \\]\n", steps[1].Document);
        Assert.EndsWith(".tsv:3", steps[1].Source);
        Assert.Equal("valid", steps[1].Expected);
    }

    [Fact]
    public void Export_writes_the_decided_steps_in_sympy_syntax_and_leaves_out_the_unreadable_one()
    {
        using var output = new StringWriter();
        Assert.Equal(2, CorpusExport.Write(Steps(), output));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var binomial = lines[0].GetProperty("relations")[0];
        Assert.Equal("=", binomial.GetProperty("kind").GetString());
        Assert.Contains("**2", binomial.GetProperty("lhs").GetString());
        Assert.Equal("valid", lines[0].GetProperty("ours").GetString());
        Assert.Equal(">", lines[1].GetProperty("relations")[0].GetProperty("kind").GetString());
        Assert.Equal("valid", lines[1].GetProperty("expected").GetString());
    }

    [Fact]
    public void Timing_covers_every_decided_step_and_the_scaling_sizes_are_prefixes()
    {
        var decidable = CorpusExport.Decidable(Steps()).Select(d => d.Step).ToArray();
        var corpus = CheckTiming.Corpus(decidable, repetitions: 1);
        Assert.Equal(2, corpus.Size);
        Assert.Equal("valid=2", corpus.Fingerprint);
        Assert.False(double.IsNaN(corpus.CpuSeconds));
        // One declaration-free step: every 8th, 4th, 2nd step and every step are the same one document, kept once.
        var scaling = CheckTiming.Scaling(decidable, repetitions: 1);
        Assert.Equal([1], scaling.Select(m => m.Size));
        Assert.Equal("steps=1", scaling[0].Fingerprint);
    }
}
