using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc det: the determinant of a square matrix.</summary>
internal static class DeterminantOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var matrix = CalcOptions.Operand("MATRIX", "A square matrix, [[a, b], [c, d]], or @file.");
        return shared.Operation("det",
            "The determinant of a square matrix.\nExample: ift6135-sym calc det \"[[a, b], [c, d]]\"",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(matrix)!;
                return CalcOutcome.Single("det", raw, Rendered.Of(EngineBridge.Determinant(ctx.ReadMatrix(raw, "det", square: true))));
            },
            matrix);
    }
}
