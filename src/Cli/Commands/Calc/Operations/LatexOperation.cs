using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc latex: read an expression and print it as LaTeX (whatever --format says, LaTeX is the point).</summary>
internal static class LatexOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var expr = CalcOptions.Operand("EXPR", "The expression or matrix to typeset.");
        return shared.Operation("latex",
            "Print an expression or matrix as LaTeX.\nExample: ift6135-sym calc latex \"sigmoid(a*z + b)/sqrt(2*pi)\"",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(expr)!;
                // The text output of this operation is the LaTeX itself, whatever --format says.
                return CalcOutcome.Single("latex", raw, ctx.Read(raw).Render()) with { PreferLatex = true };
            },
            expr);
    }
}
