using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Expressions;
using Symbol = Ift6135.Sym.Symbolic.Expressions.Symbol;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>
/// calc integrate: the integral of a polynomial in one variable (its coefficients may hold other symbols), indefinite (the
/// antiderivative with constant term 0) or between bounds. The engine integrates nothing else; it says so.
/// </summary>
internal static class IntegrateOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var expr = CalcOptions.Operand("EXPR", "The polynomial to integrate.");
        var wrt = new Option<string>("--wrt", "-x")
        {
            Description = "The variable of integration; optional when the expression has one variable. Example: --wrt z",
            HelpName = "VAR",
        };
        var from = new Option<string>("--from") { Description = "The lower bound (with --to): the definite integral. Example: --from 0", HelpName = "EXPR" };
        var to = new Option<string>("--to") { Description = "The upper bound (with --from). Example: --to 1", HelpName = "EXPR" };
        return shared.Operation("integrate",
            "Integrate a polynomial in one variable: its antiderivative, or with --from and --to its definite integral.\n"
            + "Example: ift6135-sym calc integrate \"a*z^2 + 1\" --wrt z --from 0 --to 1",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(expr)!;
                var body = ctx.ReadExpr(raw, "integrate");
                var x = parse.GetValue(wrt) is { } name ? ctx.ReadSymbol(name) : SoleVariable(body);
                var (lower, upper) = (parse.GetValue(from), parse.GetValue(to));
                if ((lower is null) != (upper is null)) throw new CliInputException("give both bounds, --from and --to, or neither");
                var bounds = lower is null ? ((Expr, Expr)?)null : (ctx.ReadExpr(lower, "--from"), ctx.ReadExpr(upper!, "--to"));
                return CalcOutcome.Single("integrate", raw, Rendered.Of(EngineBridge.Integrate(body, x, bounds)));
            },
            expr, wrt, from, to);
    }

    private static Symbol SoleVariable(Expr e) => Substitution.FreeSymbols(e) is [var only]
        ? only
        : throw new CliInputException("say which variable to integrate in (--wrt NAME): the expression has "
            + (Substitution.FreeSymbols(e).Count == 0 ? "no variable" : string.Join(", ", Substitution.FreeSymbols(e))));
}
