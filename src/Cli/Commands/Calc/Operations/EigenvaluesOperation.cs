using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc.Operations;

/// <summary>calc eigenvals: the eigenvalues, with multiplicity, one per line.</summary>
internal static class EigenvaluesOperation
{
    public static Command Create(CalcOptions shared, CliConsole console)
    {
        var matrix = CalcOptions.Operand("MATRIX", "A square matrix, or @file.");
        return shared.Operation("eigenvals",
            "The eigenvalues of a square matrix, with multiplicity, one per line (complex ones as a + b*i).\n" +
            "Example: ift6135-sym calc eigenvals \"[[1, alpha], [-alpha, 1]]\"",
            console,
            (parse, ctx) =>
            {
                var raw = parse.GetValue(matrix)!;
                var report = EngineBridge.Eigenvalues(ctx.ReadMatrix(raw, "eigenvals", square: true));
                // Approximate values are still useful, but the user must know they are not exact.
                if (!report.Exact) console.ErrorLine($"note: approximate eigenvalues ({report.Method})");
                var shown = report.Exact ? report.Values.Select(Rendered.Of) : report.Values.Select(v => DecimalRendering.Of(v, Symbolic.Matrices.Eigenvalues.ApproximateDecimals));
                return new CalcOutcome("eigenvals", raw, shown.ToList(), IsList: true);
            },
            matrix);
    }
}
