using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc inverse: the inverse of a square matrix.</summary>
internal static class InverseOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var matrix = CalcOptions.Operand("MATRIX", "A square, invertible matrix, or @file.");
        return shared.Operation("inverse",
            "The inverse of a square matrix.\nExample: ift6135-sym calc inverse \"[[1, alpha], [-alpha, 1]]\"",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(matrix)!;
                return CalcOutcome.Single("inverse", raw, Rendered.Of(EngineBridge.Inverse(ctx.ReadMatrix(raw, "inverse", square: true))));
            },
            matrix);
    }
}
