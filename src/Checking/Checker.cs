using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Checking;

/// <summary>The entry point of the check command: a file in, a report out (with the engine's decider).</summary>
public static class Checker
{
    public static IStepDecider DefaultDecider() => new EquivalenceDecider();

    public static CheckReport CheckText(string text, string fileName) => new DerivationChecker(DefaultDecider()).Check(text, fileName);

    /// <summary>Checks a file; an unreadable file is an input error (exit code 2), reported without a stack trace.</summary>
    public static CheckReport CheckFile(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var error = new InputErrorReport(0, 0, $"cannot read the file: {e.Message}", "");
            return new CheckReport(path, [], [error], new CheckSummary(0, 0, 0, 0, 1));
        }
        return CheckText(text, path);
    }
}
