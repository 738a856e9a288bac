using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ift6135.Sym.Tests.Oracle;

/// <summary>SymPy's answer to one case: whether it agrees with ours, how that was established, its own result.</summary>
public sealed record OracleAnswer(bool Agree, string Method, string Sympy, string Detail);

/// <summary>
/// One long-lived python3 process running sympy_oracle.py: requests and answers are JSON lines,
/// one at a time (a pipelined batch could deadlock on full pipes). Started once per test run by
/// <see cref="SympyOracleFixture"/>, since importing SymPy takes about a second.
/// </summary>
public sealed class SympyOracle : IDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(120);
    private readonly Process process;

    public string SympyVersion { get; }

    private SympyOracle(Process process, string version)
    {
        this.process = process;
        SympyVersion = version;
    }

    /// <summary>Starts the oracle, or returns why it cannot be started (no python3, no SymPy).</summary>
    /// <param name="interpreterOptions">Options for python3 before the script (the tests pass -S to hide SymPy).</param>
    public static (SympyOracle? Oracle, string? Problem) TryStart(IReadOnlyList<string>? interpreterOptions = null)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Oracle", "sympy_oracle.py");
        if (!File.Exists(script)) return (null, $"oracle script missing at {script}");
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var option in interpreterOptions ?? []) info.ArgumentList.Add(option);
        info.ArgumentList.Add(script);
        Process process;
        try { process = Process.Start(info) ?? throw new InvalidOperationException("Process.Start returned null"); }
        catch (Exception e) { return (null, $"cannot start {python}: {e.Message}"); }
        // Drain stderr so that warnings cannot fill the pipe and block the oracle.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var first = ReadLine(process, TimeSpan.FromSeconds(60));
        if (first is null) { Kill(process); return (null, "the oracle did not start (no ready line within 60 s)"); }
        var ready = JsonNode.Parse(first)!;
        if (ready["ready"]?.GetValue<bool>() != true)
        {
            Kill(process);
            return (null, ready["error"]?.GetValue<string>() ?? "the oracle is not ready");
        }
        return (new SympyOracle(process, ready["sympy"]?.GetValue<string>() ?? "?"), null);
    }

    public OracleAnswer Ask(JsonObject request)
    {
        lock (process)
        {
            process.StandardInput.WriteLine(request.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
            process.StandardInput.Flush();
            var line = ReadLine(process, AnswerTimeout)
                       ?? throw new TimeoutException($"SymPy gave no answer within {AnswerTimeout.TotalSeconds} s for {request}");
            var a = JsonNode.Parse(line)!;
            return new OracleAnswer(
                a["agree"]?.GetValue<bool>() ?? false,
                a["method"]?.GetValue<string>() ?? "",
                a["sympy"]?.GetValue<string>() ?? "",
                a["detail"]?.GetValue<string>() ?? "");
        }
    }

    private static string? ReadLine(Process p, TimeSpan timeout)
    {
        var task = p.StandardOutput.ReadLineAsync();
        return task.Wait(timeout) ? task.Result : null;
    }

    private static void Kill(Process p)
    {
        try { if (!p.HasExited) p.Kill(); } catch (InvalidOperationException) { }
        p.Dispose();
    }

    public void Dispose()
    {
        try { process.StandardInput.Close(); } catch (IOException) { }
        if (!process.WaitForExit(5000)) Kill(process);
        else process.Dispose();
    }
}

/// <summary>
/// The oracle shared by every oracle test of a run. If SymPy is missing the tests FAIL (never skip):
/// CI installs it, and a silently skipped oracle would hide wrong answers.
/// </summary>
public sealed class SympyOracleFixture : IDisposable
{
    private readonly SympyOracle? oracle;
    private readonly string? problem;

    public SympyOracleFixture() => (oracle, problem) = SympyOracle.TryStart();

    /// <summary>For the test of the failure path: python3 started with these options.</summary>
    internal SympyOracleFixture(IReadOnlyList<string> interpreterOptions) => (oracle, problem) = SympyOracle.TryStart(interpreterOptions);

    public SympyOracle Oracle => oracle ?? throw new InvalidOperationException(
        $"The SymPy oracle is not available ({problem}). Run scripts/setup.sh to install python3-sympy (CI installs it).");

    public void Dispose() => oracle?.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SympyOracleCollection : ICollectionFixture<SympyOracleFixture>
{
    public const string Name = "SymPy oracle";
}
