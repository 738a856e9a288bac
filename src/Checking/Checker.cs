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
        catch (Exception e) when (Refusal(fileName, e) is { } refused) { return refused; }
        return WithUnsafeCommands(new DerivationChecker(DefaultDecider()).Check(text, fileName), text);
    }

    /// <summary>Adds an input error for each \input, \write18 or macro definition (<see cref="Symbolic.Safety.TexCommandGuard"/>); the rest is still checked.</summary>
    public static CheckReport WithUnsafeCommands(CheckReport report, string text)
    {
        // Comments and "% check: off" regions are blanked by the reader (offsets kept): the guard looks where the checker reads.
        var found = Symbolic.Safety.TexCommandGuard.Find(Reading.DocumentReader.CheckedText(text), text);
        if (found.Count == 0) return report;
        // The parser stumbles on the same command ("expected an expression, found '\input'"): one message per place, the guard's.
        var places = found.Select(e => (e.Span.Line, e.Span.Column)).ToHashSet();
        var others = report.Errors.Where(e => !places.Contains((e.Line, e.Column))).ToList();
        var errors = found.Select(e => new InputErrorReport(e.Span.Line, e.Span.Column, e.Message, e.SourceLine)).Concat(others).ToList();
        var dropped = report.Errors.Count - others.Count;
        return report with { Errors = errors, Summary = report.Summary with { Errors = report.Summary.Errors - dropped + found.Count } };
    }

    /// <summary>The report for a file the input guard refused (too large, binary, NUL bytes), or null for any other exception.</summary>
    public static CheckReport? Refusal(string path, Exception e) => e switch
    {
        // A limit on the whole file (its size) is reported at its start, file:1:1, the place a reader looks first.
        Symbolic.Safety.LimitExceededException limit => Refused(path, new InputErrorReport(1, 1, limit.Message, "")),
        // Binary data, NUL bytes or a broken encoding: located by the input guard.
        Symbolic.Parsing.ParseException parse => Refused(path, new InputErrorReport(parse.Error.Span.Line, parse.Error.Span.Column, parse.Error.Message, parse.Error.SourceLine)),
        _ => null,
    };

    private static CheckReport Refused(string path, InputErrorReport error) => new(path, [], [error], new CheckSummary(0, 0, 0, 0, 1));

    /// <summary>Checks a file; an unreadable file is an input error (exit code 2), reported without a stack trace.</summary>
    public static CheckReport CheckFile(string path)
    {
        string text;
        try { text = Symbolic.Safety.InputGuard.ReadFile(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or Symbolic.Safety.LimitExceededException)
        {
            return Refused(path, new InputErrorReport(1, 1, $"cannot read the file: {e.Message}", ""));
        }
        catch (Exception e) when (Refusal(path, e) is { } refused) { return refused; }
        return CheckText(text, path);
    }
}
