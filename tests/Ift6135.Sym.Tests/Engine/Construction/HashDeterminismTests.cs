using System.Diagnostics;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Tests.Engine.Construction;

/// <summary>
/// Hash codes of expressions must not depend on the process (.NET randomizes string hashing per
/// process): anything that iterates a hash set of expressions would otherwise print in a different
/// order from one run to the next. Two child processes compute the hashes of a fixed corpus and
/// must agree with this process.
/// </summary>
public class HashDeterminismTests
{
    public const string ProbeVariable = "IFT6135_HASH_PROBE";

    /// <summary>A corpus touching every node kind and number representation.</summary>
    internal static IEnumerable<Expr> Corpus()
    {
        var (x, alpha) = (Symbol.Of("x"), Symbol.Positive("alpha"));
        var mu = Symbol.Indexed("mu", Facts.Real, Symbol.Of("i", Facts.Integer));
        var s = Symbol.Indexed("S", Facts.Real, 1, 2);
        yield return x;
        yield return alpha;
        yield return mu;
        yield return s;
        yield return Number.Of(new BigRational(-7, 3));
        yield return Number.Of(System.Numerics.BigInteger.Pow(10, 40) + 1);
        yield return Constant.Pi;
        yield return Constant.I;
        yield return Build.Add(x, alpha, Number.Of(3));
        yield return Build.Mul(Number.Two, x, alpha.Pow(3));
        yield return Build.Sqrt(x.Pow(2) + 1);
        yield return Build.Sigmoid(alpha * x) + Build.Log(alpha) + Build.Exp(-x) + Build.Sin(x) + Build.Abs(x);
        yield return Build.IndexedSum(mu, Symbol.Of("i", Facts.Integer), Number.One, Symbol.Of("n", Facts.Integer));
        yield return Apply.Of("f", [x, alpha]);
    }

    internal static string Hashes() => string.Join(" ", Corpus().Select(e => e.GetHashCode().ToString()));

    [Fact]
    public void HashesAreTheSameInOtherProcesses()
    {
        var here = Hashes();
        for (var run = 0; run < 2; run++) Assert.Equal(here, InChildProcess());
    }

    /// <summary>
    /// Runs this test assembly as a program with a startup hook (<see cref="HashProbeStartupHook"/>),
    /// which prints the corpus's hashes before the (empty) generated entry point runs.
    /// </summary>
    private static string InChildProcess()
    {
        var assembly = typeof(HashDeterminismTests).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(assembly);
        info.Environment["DOTNET_STARTUP_HOOKS"] = assembly;
        info.Environment[ProbeVariable] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the child process did not finish");
        Assert.True(process.ExitCode == 0, $"child exit code {process.ExitCode}: {error.Result}");
        var line = output.Result.Split('\n').FirstOrDefault(l => l.StartsWith("hashes: ", StringComparison.Ordinal));
        Assert.True(line is not null, $"no hashes printed: {output.Result} {error.Result}");
        return line["hashes: ".Length..].Trim();
    }
}
