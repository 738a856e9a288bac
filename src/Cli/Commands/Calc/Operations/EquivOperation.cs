using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>
/// calc equiv: does A = B (or A &lt;= B ...) hold for every value allowed by the assumptions?
/// Exit 0 when proved, 1 when refuted or undecided: a script can use it as an assertion.
/// </summary>
internal static class EquivOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var left = CalcOptions.Operand("A", "The left side, or a whole relation \"A = B\" / \"A <= B\".");
        var right = new Argument<string?>("B") { Description = "The right side (when A is not a relation).", Arity = ArgumentArity.ZeroOrOne };
        return shared.Operation("equiv",
            "Decide whether two expressions are equal (or a relation holds) under the assumptions: valid, " +
            "invalid (with a counterexample) or unknown. Exit code 1 unless valid.\n" +
            "Example: ift6135-sym calc equiv \"sigmoid(-x)\" \"1 - sigmoid(x)\"",
            console,
            (parse, ctx) =>
            {
                var a = parse.GetValue(left)!;
                var b = parse.GetValue(right);
                var relation = b is null
                    ? ctx.ReadRelation(a)
                    : Relation.Eq(ctx.ReadExpr(a, "equiv"), ctx.ReadExpr(b, "equiv"));
                if (b is null && relation.Right.IsZero && a.IndexOfAny(['=', '<', '>']) < 0)
                    throw new CliInputException("equiv needs two expressions (A B) or a relation (\"A = B\")");
                var report = EngineBridge.Equivalent(relation, ctx.Assumptions);
                var input = b is null ? a : $"{a} = {b}";
                return new CalcOutcome("equiv", input, [Rendered.Of(relation)],
                    Verdict: Fields(report),
                    ExitCode: report.Outcome == "valid" ? ExitCodes.Ok : ExitCodes.CheckFailed);
            },
            left, right);
    }

    private static IReadOnlyList<VerdictField> Fields(EquivalenceReport r) =>
    [
        new("outcome", r.Outcome),
        new("method", r.Method),
        new("points", r.Points),
        new("seed", r.Seed),
        new("detail", r.Detail),
        new("counterexample", r.CounterexamplePoint is null ? null : new VerdictField[]
        {
            new("point", r.CounterexamplePoint.Select(p => new VerdictField(p.Key, p.Value)).ToList()),
            new("left", r.Left),
            new("right", r.Right),
        }),
    ];
}
