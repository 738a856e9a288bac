using System.CommandLine;
using Ift6135.Sym.Cli.Commands.Calc;
using Ift6135.Sym.Cli.Commands.Check;
using Ift6135.Sym.Cli.Commands.Grading;
using Ift6135.Sym.Cli.Commands.Solve;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands;

/// <summary>The command tree: one sub-command per job, each defined in its own folder.</summary>
public static class RootCommandFactory
{
    public const string Name = "ift6135-sym";

    public static RootCommand Create(CliConsole console) => Create(console, new LimitArguments());

    public static RootCommand Create(CliConsole console, LimitArguments limits)
    {
        var root = new RootCommand(
            "Symbolic derivations for IFT6135 Assignment 3: write the reference solutions, check a student's " +
            "derivation step by step, grade answers, and compute (calc) with the engine directly.\n\n" +
            "Examples:\n" +
            "  ift6135-sym solve --out out\n" +
            "  ift6135-sym check answers.tex --format json\n" +
            "  ift6135-sym calc diff \"sigmoid(a*z)\" --wrt z\n\n" +
            "Exit codes: 0 done; 1 a check failed (a wrong step, an inequivalence); 2 bad input or usage " +
            "(including a feature not available yet); 70 an internal error (a bug: please report it).");
        root.Add(SolveCommand.Create(console));
        root.Add(CheckCommand.Create(console));
        root.Add(RubricCommand.Create(console));
        root.Add(TemplateCommand.Create(console));
        root.Add(GradeCommand.Create(console));
        root.Add(CalcCommand.Create(console));
        foreach (var option in limits.All) root.Add(option);
        return root;
    }
}
