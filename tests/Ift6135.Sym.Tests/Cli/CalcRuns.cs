using System.Numerics;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>
/// Helpers of the calc tests: run and expect success; read printed results back and evaluate them at
/// points, so that the tests compare values worked out by hand, not printed forms.
/// </summary>
internal static class CalcRuns
{
    public static CliRun Ok(params string[] args)
    {
        var run = CliHarness.Run(args);
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Equal("", run.Error);
        return run;
    }

    public static string[] Lines(CliRun run) => run.Out.TrimEnd('\n').Split('\n');

    /// <summary>The value of printed infix at a point (symbols real unless complex values are needed).</summary>
    public static Complex Value(string infix, params (string Name, double Value)[] point)
    {
        var table = new SymbolTable();
        var e = InfixParser.Parse(infix, table);
        var values = point.ToDictionary(p => table.Get(p.Name), p => new Complex(p.Value, 0));
        return Evaluator.Evaluate(e, values);
    }

    public static void Near(Complex expected, Complex actual, double tolerance = 1e-9) =>
        Assert.True(Complex.Abs(expected - actual) <= tolerance * (1 + Complex.Abs(expected)), $"expected {expected}, got {actual}");
}
