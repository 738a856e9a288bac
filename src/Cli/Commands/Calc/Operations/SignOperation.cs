using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Assumptions;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc sign: what the sign reasoner can prove about an expression's sign under the assumptions.</summary>
internal static class SignOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var expr = CalcOptions.Operand("EXPR", "The expression whose sign to establish.");
        return shared.Operation("sign",
            "Prove the sign of an expression from the assumptions: positive, negative, zero, nonnegative, " +
            "nonpositive, nonzero, real (sign unknown) or unknown.\n" +
            "Example: ift6135-sym calc sign \"1 + alpha*beta/(alpha+r)^2\" --assume \"alpha>0, beta>=-alpha, r>=0\"",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(expr)!;
                var e = ctx.ReadExpr(raw, "sign");
                var signs = EngineBridge.Sign(e, ctx.Assumptions);
                return new CalcOutcome("sign", raw, [Rendered.Of(e)],
                    Verdict: [new VerdictField("sign", Word(signs)), new VerdictField("possible", Members(signs))]);
            },
            expr);
    }

    /// <summary>The one word for a set of possible signs; the narrowest that is true.</summary>
    public static string Word(SignSet s) => s switch
    {
        SignSet.Positive => "positive",
        SignSet.Negative => "negative",
        SignSet.Zero => "zero",
        SignSet.Nonnegative => "nonnegative",
        SignSet.Nonpositive => "nonpositive",
        SignSet.NonzeroReal => "nonzero",
        SignSet.RealAny => "real (sign unknown)",
        SignSet.Empty => "no value (contradictory assumptions)",
        _ when s.HasFlag(SignSet.NonReal) && !s.HasFlag(SignSet.Zero) && s != SignSet.NonReal => "nonzero (maybe not real)",
        SignSet.NonReal => "not real",
        _ => "unknown",
    };

    private static IReadOnlyList<string> Members(SignSet s) =>
        new[] { (SignSet.Negative, "negative"), (SignSet.Zero, "zero"), (SignSet.Positive, "positive"), (SignSet.NonReal, "nonreal") }
            .Where(p => s.HasFlag(p.Item1)).Select(p => p.Item2).ToList();
}
