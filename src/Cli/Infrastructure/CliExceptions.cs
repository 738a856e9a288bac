namespace Ift6135.Sym.Cli.Infrastructure;

/// <summary>
/// The user's input cannot be used (a missing file, an operand of the wrong shape). The message is
/// shown as is, on one line, and the process exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
public sealed class CliInputException(string message) : Exception(message);

/// <summary>
/// A command or operation whose engine part has not landed yet. Shown as
/// "not available yet: WHAT" with <see cref="ExitCodes.BadInput"/>: the request is valid, but this
/// build cannot serve it.
/// </summary>
public sealed class NotAvailableException(string what) : Exception($"not available yet: {what}")
{
    public string What { get; } = what;
}

/// <summary>A parse error together with the name of what was being read ("&lt;expr&gt;", "--assume", or a file).</summary>
public sealed class LocatedParseException(Symbolic.Parsing.ParseError error, string source) : Exception(error.Message)
{
    public Symbolic.Parsing.ParseError Error { get; } = error;
    public string SourceName { get; } = source;
}
