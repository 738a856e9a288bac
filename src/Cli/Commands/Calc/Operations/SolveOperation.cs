using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Expressions;
using Symbol = Ift6135.Sym.Symbolic.Expressions.Symbol;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc solve: the roots of an equation in one unknown, one per line.</summary>
internal static class SolveOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var equation = CalcOptions.Operand("EQUATION", "An equation \"lhs = rhs\", or an expression meaning \"expression = 0\".");
        var unknown = new Option<string?>("--for")
        {
            Description = "The unknown; optional when the equation has one variable. Example: --for lambda",
            HelpName = "VAR",
        };
        return shared.Operation("solve",
            "Solve an equation for one unknown; the roots, one per line (complex ones as a + b*i).\n" +
            "Example: ift6135-sym calc solve \"lambda^2 - 2*lambda + 1 + alpha^2 = 0\" --for lambda",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(equation)!;
                var relation = ctx.ReadRelation(raw);
                if (relation.Kind != RelationKind.Equal) throw new CliInputException("solve needs an equation (=), not an inequality");
                var name = parse.GetValue(unknown);
                var x = name is not null ? ctx.ReadSymbol(name) : SoleUnknown(relation);
                var roots = EngineBridge.Solve(relation, x);
                return new CalcOutcome("solve", raw, roots.Select(Rendered.Of).ToList(), IsList: true);
            },
            equation, unknown);
    }

    private static Symbol SoleUnknown(Relation r)
    {
        var free = Substitution.FreeSymbols(r.Left).Concat(Substitution.FreeSymbols(r.Right)).Distinct().ToList();
        return free.Count == 1
            ? free[0]
            : throw new CliInputException($"say which unknown to solve for (--for NAME): the equation has {(free.Count == 0 ? "none" : string.Join(", ", free.Select(s => s.ToString())))}");
    }
}
