using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc jacobian: the matrix of partial derivatives of a vector of functions.</summary>
internal static class JacobianOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var functions = CalcOptions.Operand("FUNCTIONS", "The functions, as a vector [f1, f2, ...] (a single expression is a 1-vector).");
        var wrt = new Option<string[]>("--wrt", "-x")
        {
            Description = "The variables, in column order: repeat the option or give a list. Example: --wrt \"mu, sigma\"",
            HelpName = "VARS",
            Required = true,
        };
        return shared.Operation("jacobian",
            "The Jacobian matrix: row i holds the partial derivatives of function i.\n" +
            "Example: ift6135-sym calc jacobian \"[mu + sigma*z0, sigma]\" --wrt \"mu, sigma\"",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(functions)!;
                var operand = ctx.Read(raw);
                IReadOnlyList<Expr> f = operand.Scalar is not null ? [operand.Scalar] : operand.Matrix!.Entries.ToList();
                if (operand.Matrix is { Rows: > 1, Columns: > 1 })
                    throw new CliInputException($"jacobian needs a vector of functions, got a {operand.Matrix.Rows}x{operand.Matrix.Columns} matrix");
                var vars = ctx.ReadSymbols(parse.GetValue(wrt) ?? []);
                return CalcOutcome.Single("jacobian", raw, Rendered.Of(EngineBridge.Jacobian(f, vars)));
            },
            functions, wrt);
    }
}
