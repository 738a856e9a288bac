using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc simplify: the engine's deterministic simplification, using the assumptions.</summary>
internal static class SimplifyOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var expr = CalcOptions.Operand("EXPR", "The expression (or matrix, entry by entry) to simplify.");
        return shared.Operation("simplify",
            "Simplify an expression under the assumptions.\nExample: ift6135-sym calc simplify \"sqrt(x^2)\" --assume \"x>=0\"",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(expr)!;
                return CalcOutcome.Single("simplify", raw, ctx.Read(raw).MapRender(e => EngineBridge.Simplify(e, ctx.Assumptions)));
            },
            expr);
    }
}
