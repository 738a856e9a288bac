using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>What a campaign tried and found.</summary>
internal sealed record FuzzTally(long Inputs, long Crashes, long Hangs, TimeSpan Elapsed, IReadOnlyDictionary<string, long> PerTarget)
{
    public double Rate => Inputs / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public override string ToString() =>
        $"{Inputs} inputs, {Crashes} crashes, {Hangs} hangs, {Elapsed.TotalSeconds:0} s, {Rate:0} inputs/s ("
        + string.Join(", ", PerTarget.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")) + ")";
}

/// <summary>
/// A long fuzz run: the inputs of <see cref="FuzzInputs"/> through their targets, each under
/// <see cref="FuzzHarness.Budget"/> and with a short step budget for the checker (so a slow step ends
/// as 'unknown', not as a hang). Every crashing or hanging input is saved as a JSON file (target and
/// input) in the crash folder, where the regression test replays it; progress goes to a log line
/// every <c>progressEvery</c> inputs.
/// </summary>
internal sealed class FuzzCampaign(int seed, string crashFolder, TextWriter log, long progressEvery = 10_000)
{
    /// <summary>The checker's per-step budget inside the campaign: a slow step is an 'unknown' verdict, quickly.</summary>
    public static readonly TimeSpan StepBudget = TimeSpan.FromMilliseconds(300);

    public FuzzTally Run(long count)
    {
        var clock = Stopwatch.StartNew();
        long done = 0, crashes = 0, hangs = 0;
        var perTarget = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var limits = SafetyLimits.Use(SafetyLimits.Current with { StepTimeBudget = StepBudget });
        foreach (var (target, input) in new FuzzInputs(seed).Take(count))
        {
            perTarget[target.Name] = perTarget.GetValueOrDefault(target.Name) + 1;
            if (FuzzHarness.Check(input, target.Pipeline) is { } failure)
            {
                if (failure.StartsWith("hang", StringComparison.Ordinal)) hangs++; else crashes++;
                var file = Save(target, input, failure);
                log.WriteLine($"FAIL #{done} [{target.Name}] {FuzzHarness.Show(input)} -> {FirstLine(failure)} (saved {file})");
            }
            if (++done % progressEvery == 0) log.WriteLine($"progress: {Tally(done, crashes, hangs, clock, perTarget)}");
            log.Flush();
        }
        return Tally(done, crashes, hangs, clock, perTarget);
    }

    private static FuzzTally Tally(long done, long crashes, long hangs, Stopwatch clock, SortedDictionary<string, long> perTarget) =>
        new(done, crashes, hangs, clock.Elapsed, new Dictionary<string, long>(perTarget));

    private string Save(FuzzTarget target, string input, string failure)
    {
        Directory.CreateDirectory(crashFolder);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(target.Name + "\n" + input)))[..12];
        var path = Path.Combine(crashFolder, $"{target.Name}-{hash}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new FuzzRegression(target.Name, input, FirstLine(failure)), FuzzRegression.Options));
        return path;
    }

    private static string FirstLine(string s) => s.Split('\n')[0];
}

/// <summary>A saved crashing input: which target, the input, and what went wrong when it was found.</summary>
internal sealed record FuzzRegression(string Target, string Input, string Found)
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true };
}
