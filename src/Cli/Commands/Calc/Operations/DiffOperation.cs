using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Expressions;
using Symbol = Ift6135.Sym.Symbolic.Expressions.Symbol;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc diff: the derivative with respect to one or more variables, in turn (x, x is the second derivative).</summary>
internal static class DiffOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var expr = CalcOptions.Operand("EXPR", "The expression (or matrix, entry by entry) to differentiate.");
        var positional = new Argument<string[]>("VARIABLE")
        {
            Description = "Variables to differentiate by, in turn (same as --wrt).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var wrt = new Option<string[]>("--wrt", "-x")
        {
            Description = "A variable to differentiate by; repeat it or give a list (\"x, y\") for mixed derivatives. " +
                          "Optional when the expression has one variable. Example: --wrt z",
            HelpName = "VAR",
            AllowMultipleArgumentsPerToken = false,
        };
        return shared.Operation("diff",
            "Differentiate an expression.\nExample: ift6135-sym calc diff \"logit(w*sigmoid(a1*z+b1) + (1-w)*sigmoid(a2*z+b2))\" --wrt z",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(expr)!;
                var operand = ctx.Read(raw);
                var names = (parse.GetValue(wrt) ?? []).Concat(parse.GetValue(positional) ?? []).ToList();
                var vars = names.Count > 0 ? ctx.ReadSymbols(names) : [SoleVariable(operand)];
                return CalcOutcome.Single("diff", raw, operand.MapRender(e => vars.Aggregate(e, EngineBridge.Diff)));
            },
            expr, positional, wrt);
    }

    private static Symbol SoleVariable(Operand operand)
    {
        var entries = operand.Scalar is not null ? [operand.Scalar] : operand.Matrix!.Entries;
        var free = entries.SelectMany(Substitution.FreeSymbols).Distinct().ToList();
        return free.Count == 1
            ? free[0]
            : throw new CliInputException(free.Count == 0
                ? "the expression has no variable to differentiate by"
                : $"say which variable to differentiate by (--wrt NAME): the expression has {string.Join(", ", free.Select(s => s.ToString()))}");
    }
}
