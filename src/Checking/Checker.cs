using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Checking;

/// <summary>The entry point of the check command: a file in, a report out (with the engine's decider).</summary>
public static class Checker
{
    public static IStepDecider DefaultDecider() => new EquivalenceDecider();

    public static CheckReport CheckText(string text, string fileName)
    {
        // Size, NUL and control characters, byte-order mark, CRLF: checked before any parsing.
        try { text = Symbolic.Safety.InputGuard.CheckText(text); }
        catch (Symbolic.Safety.LimitExceededException e) { return Refused(fileName, new InputErrorReport(0, 0, e.Message, "")); }
        catch (Symbolic.Parsing.ParseException e)
        {
            return Refused(fileName, new InputErrorReport(e.Error.Span.Line, e.Error.Span.Column, e.Error.Message, e.Error.SourceLine));
        }
        return new DerivationChecker(DefaultDecider()).Check(text, fileName);
    }

    private static CheckReport Refused(string path, InputErrorReport error) => new(path, [], [error], new CheckSummary(0, 0, 0, 0, 1));

    /// <summary>Checks a file; an unreadable file is an input error (exit code 2), reported without a stack trace.</summary>
    public static CheckReport CheckFile(string path)
    {
        string text;
        try { text = Symbolic.Safety.InputGuard.ReadFile(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or Symbolic.Safety.LimitExceededException)
        {
            return Refused(path, new InputErrorReport(0, 0, $"cannot read the file: {e.Message}", ""));
        }
        catch (Symbolic.Parsing.ParseException e)
        {
            // Binary data, NUL bytes or a broken encoding: located by the input guard.
            return Refused(path, new InputErrorReport(e.Error.Span.Line, e.Error.Span.Column, e.Error.Message, e.Error.SourceLine));
        }
        return CheckText(text, path);
    }
}
