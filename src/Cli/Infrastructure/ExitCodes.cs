namespace Ift6135.Sym.Cli.Infrastructure;

/// <summary>
/// What the process tells the shell. Kept few and documented in --help and the README, so that
/// scripts and CI can branch on them.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command ran, and what it checked does not hold (a wrong step, an inequivalence).</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad input or usage: an unknown option, an unreadable expression, a missing file, a feature not available yet.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in ift6135-sym itself (EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;
}
