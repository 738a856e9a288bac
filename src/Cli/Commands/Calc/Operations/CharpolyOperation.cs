using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc charpoly: the characteristic polynomial det(lambda I - A).</summary>
internal static class CharpolyOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var matrix = CalcOptions.Operand("MATRIX", "A square matrix, or @file.");
        var variable = new Option<string>("--var")
        {
            Description = "The polynomial's variable (default lambda). Example: --var t",
            DefaultValueFactory = _ => "lambda",
            HelpName = "NAME",
        };
        return shared.Operation("charpoly",
            "The characteristic polynomial det(lambda*I - A) of a square matrix.\nExample: ift6135-sym calc charpoly \"[[1, alpha], [-alpha, 1]]\"",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(matrix)!;
                var m = ctx.ReadMatrix(raw, "charpoly", square: true);
                var lambda = ctx.ReadSymbol(parse.GetValue(variable) ?? "lambda");
                return CalcOutcome.Single("charpoly", raw, Rendered.Of(EngineBridge.CharacteristicPolynomial(m, lambda)));
            },
            matrix, variable);
    }
}
