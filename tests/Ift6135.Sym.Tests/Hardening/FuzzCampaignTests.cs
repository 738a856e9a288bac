using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// The mixed fuzz campaign (infix parser, engine, LaTeX parser, checker). In CI it runs a short
/// stretch; scripts/fuzz.sh N sets FUZZ_CAMPAIGN_INPUTS=N for the long run, FUZZ_SEED for another
/// stream and FUZZ_LOG for the progress log. Crashing inputs are saved in FuzzRegressions/ (beside
/// this file) and replayed by the regression test below on every run.
/// </summary>
public sealed class FuzzCampaignTests
{
    private static string Here([CallerFilePath] string path = "") => path;

    public static string RegressionFolder => Path.Combine(Path.GetDirectoryName(Here())!, "FuzzRegressions");

    [Fact]
    public void A_campaign_of_mixed_inputs_finds_no_crash_and_no_hang()
    {
        var count = long.TryParse(Environment.GetEnvironmentVariable("FUZZ_CAMPAIGN_INPUTS"), out var n) && n > 0 ? n : 400;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 20_261_124;
        var logPath = Environment.GetEnvironmentVariable("FUZZ_LOG");
        using var log = logPath is { Length: > 0 } ? new StreamWriter(logPath, append: true) : TextWriter.Null;
        log.WriteLine($"fuzz campaign: seed {seed}, {count} inputs, per-input budget {FuzzHarness.Budget.TotalSeconds} s, checker step budget {FuzzCampaign.StepBudget.TotalMilliseconds} ms");
        var tally = new FuzzCampaign(seed, RegressionFolder, log).Run(count);
        log.WriteLine($"done: {tally}");
        Assert.Equal(count, tally.Inputs);
        Assert.True(tally.Crashes == 0 && tally.Hangs == 0, $"{tally}; the inputs are saved in {RegressionFolder}");
    }

    [Fact]
    public void Every_saved_crashing_input_now_ends_well()
    {
        var files = Directory.Exists(RegressionFolder) ? Directory.GetFiles(RegressionFolder, "*.json").Order(StringComparer.Ordinal).ToArray() : [];
        var failures = new List<string>();
        foreach (var file in files)
        {
            var saved = JsonSerializer.Deserialize<FuzzRegression>(File.ReadAllText(file))!;
            if (FuzzHarness.Check(saved.Input, FuzzTarget.Named(saved.Target).Pipeline) is { } failure)
                failures.Add($"{Path.GetFileName(file)} (found as: {saved.Found}) still fails: {failure}");
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }
}
