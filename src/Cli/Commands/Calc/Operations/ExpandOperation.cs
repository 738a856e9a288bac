using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc expand: products and integer powers of sums multiplied out.</summary>
internal static class ExpandOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var expr = CalcOptions.Operand("EXPR", "The expression (or matrix, entry by entry) to expand.");
        return shared.Operation("expand",
            "Multiply out products and integer powers of sums.\nExample: ift6135-sym calc expand \"(mu + sigma*z0)^2\"",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(expr)!;
                return CalcOutcome.Single("expand", raw, ctx.Read(raw).MapRender(EngineBridge.Expand));
            },
            expr);
    }
}
