using System.Diagnostics;
using Ift6135.Sym.Tests.Cli;

namespace Ift6135.Sym.Tests.Bench;

/// <summary>
/// The native command (NativeAOT, what scripts/solve.sh runs) does what the JIT build does: the
/// trimmer removes code reached only by reflection, so the native binary's outputs are compared
/// byte for byte with the same commands run in-process here. scripts/native.sh publishes the binary
/// into out/native/ (minutes the first time, reused while no source file is newer).
/// </summary>
public sealed class NativeBuildTests
{
    [RequiresNativeToolchainFact]
    public void Native_binary_writes_the_same_solutions_template_and_answers_as_the_jit_build()
    {
        var root = RepositoryRoot();
        var publish = Run("bash", [Path.Combine(root, "scripts", "native.sh")], root, TimeSpan.FromMinutes(20));
        Assert.True(publish.ExitCode == 0, $"scripts/native.sh failed:\n{publish}");
        var binary = Path.Combine(root, publish.Out.Trim().Split('\n')[^1]);
        var work = Directory.CreateTempSubdirectory("ift6135-native-").FullName;
        try
        {
            var native = Run(binary, ["solve", "--out", Path.Combine(work, "native"), "--no-pdf"], work, TimeSpan.FromMinutes(5));
            Assert.True(native.ExitCode == 0, native.ToString());
            Assert.Contains("20 sub-questions derived, 0 not yet derived", native.Out);
            var jit = CliHarness.Run("solve", "--out", Path.Combine(work, "jit"), "--no-pdf");
            Assert.Equal(0, jit.ExitCode);
            var nativeTex = File.ReadAllText(Path.Combine(work, "native", "solutions.tex"));
            Assert.Contains("\\end{document}", nativeTex);
            Assert.Equal(File.ReadAllText(Path.Combine(work, "jit", "solutions.tex")), nativeTex);

            Assert.Equal(0, Run(binary, ["template", "--out", Path.Combine(work, "kit-native")], work, TimeSpan.FromMinutes(2)).ExitCode);
            Assert.Equal(0, CliHarness.Run("template", "--out", Path.Combine(work, "kit-jit")).ExitCode);
            Assert.Equal(File.ReadAllText(Path.Combine(work, "kit-jit", "answers-template.tex")), File.ReadAllText(Path.Combine(work, "kit-native", "answers-template.tex")));

            // (x + 1)^2 - x^2 = 2x + 1 by hand.
            var calc = Run(binary, ["calc", "expand", "(x + 1)^2 - x^2"], work, TimeSpan.FromMinutes(1));
            Assert.Equal(CliHarness.Run("calc", "expand", "(x + 1)^2 - x^2").Out, calc.Out);
            Assert.Contains("2*x", calc.Out.Replace(" ", ""));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static CliRun Run(string file, string[] args, string directory, TimeSpan limit)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {limit}");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ift6135.Sym.sln"))) return dir.FullName;
        throw new InvalidOperationException("the repository root (Ift6135.Sym.sln) was not found above " + AppContext.BaseDirectory);
    }
}
