using System.Diagnostics;
using Ift6135.Sym.Tests.Grading;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// The same input gives byte-identical outputs from separate processes: .NET randomizes string
/// hashing per process, the thread pool's size follows the machine, and the environment's culture
/// and time zone differ between teaching assistants. Each output is produced twice by the command
/// itself (the built ift6135-sym.dll beside the tests), once on one core in a French locale and
/// once on four cores in the invariant one, and every file is compared.
/// </summary>
public sealed class CrossProcessDeterminismTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ift6135-determinism-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>Two different process environments; the outputs must not depend on which one ran.</summary>
    private static readonly IReadOnlyDictionary<string, string>[] Environments =
    [
        new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "1", ["LANG"] = "fr_FR.UTF-8", ["LC_ALL"] = "fr_FR.UTF-8", ["TZ"] = "Pacific/Auckland" },
        new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "4", ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8", ["TZ"] = "UTC" },
    ];

    private static (int Exit, string Out, string Error) RunCommand(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ift6135-sym.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (k, v) in environment) info.Environment[k] = v;
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(5)), "the command did not finish within 5 minutes");
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the command once per environment, each writing into its own directory, and compares every file.</summary>
    private void AssertSameOutputs(Func<string, string[]> argsWritingInto, params string[] expectedFiles)
    {
        var dirs = new List<string>();
        var exits = new List<int>();
        for (var k = 0; k < Environments.Length; k++)
        {
            var dir = Path.Combine(root, $"run{k}");
            var (exit, _, error) = RunCommand(Environments[k], argsWritingInto(dir));
            Assert.True(exit is 0 or 1 or 2, $"exit {exit}: {error}");
            dirs.Add(dir);
            exits.Add(exit);
        }
        Assert.Equal(exits[0], exits[1]);
        var files = RelativeFiles(dirs[0]);
        foreach (var expected in expectedFiles) Assert.Contains(expected, files);
        Assert.Equal(files, RelativeFiles(dirs[1]));
        foreach (var f in files)
            Assert.True(File.ReadAllBytes(Path.Combine(dirs[0], f)).SequenceEqual(File.ReadAllBytes(Path.Combine(dirs[1], f))), $"{f} differs between the two processes");
    }

    private static string[] RelativeFiles(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Solve_writes_the_same_tex_and_json() =>
        AssertSameOutputs(dir => ["solve", "--out", dir, "--no-pdf", "--json"], "solutions.tex", "solutions.json");

    [Fact]
    public void Template_is_the_same() =>
        AssertSameOutputs(dir => ["template", "--out", dir], "answers-template.tex");

    [Fact]
    public void Grading_a_folder_gives_the_same_csv_and_feedback()
    {
        var subs = Directory.CreateDirectory(Path.Combine(root, "subs")).FullName;
        string[] texts = [Submissions.Correct, Submissions.Mistakes, Submissions.EquivalentForms, Submissions.Broken, Submissions.Empty, Submissions.NotATemplate];
        for (var k = 0; k < texts.Length; k++) File.WriteAllText(Path.Combine(subs, $"student{k}.tex"), texts[k]);
        AssertSameOutputs(dir => ["grade", subs, "--out", dir, "--format", "csv"], "grades.csv", Path.Combine("feedback", "student0.txt"));
    }

    [Fact]
    public void Check_reports_the_same_json()
    {
        var doc = Path.Combine(root, "derivation.tex");
        File.WriteAllText(doc, """
            % assume: \alpha > 0
            \begin{align*}
            (1 + \alpha i)(1 - \alpha i) &= 1 + \alpha^2 \\
            &> 1 \\
            \sigma(x)(1 - \sigma(x)) &= \frac{e^{-x}}{(1 + e^{-x})^2} \\
            (a + b)^2 &= a^2 + b^2
            \end{align*}
            """);
        var outputs = Environments.Select(env => RunCommand(env, "check", doc, "--format", "json")).ToArray();
        Assert.Equal(1, outputs[0].Exit);   // the last step is wrong
        Assert.Contains("invalid", outputs[0].Out);
        Assert.Equal(outputs[0], outputs[1]);
    }
}
