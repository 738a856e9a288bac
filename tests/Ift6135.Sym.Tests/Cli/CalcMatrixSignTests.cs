using System.Diagnostics;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

using static Ift6135.Sym.Tests.Cli.CalcRuns;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>calc end to end: matrices, solving, signs, equivalence, LaTeX, and how input errors are shown.</summary>
public sealed class CalcMatrixSignTests
{
    [Fact]
    public void Eigenvalues_of_the_rotation_like_matrix_are_1_plus_and_minus_alpha_i()
    {
        var lines = Lines(Ok("calc", "eigenvals", "[[1, alpha], [-alpha, 1]]"));
        Assert.Equal(2, lines.Length);
        var values = lines.Select(l => Value(l, ("alpha", 0.7))).OrderBy(v => v.Imaginary).ToArray();
        Near(new Complex(1, -0.7), values[0]);
        Near(new Complex(1, 0.7), values[1]);
    }

    // A 3x3 without rational eigenvalues goes to the numeric decomposition; its values are said to be rounded to 12
    // decimals, so they are printed as decimals (SymPy's nroots of the characteristic polynomial: -0.905740179521758,
    // 0.198246863397010, 16.7074933161247), not as fractions over 10^12.
    [Fact]
    public void Approximate_eigenvalues_are_printed_as_decimals()
    {
        var run = Approximate("calc", "eigenvals", "[[1, 2, 3], [4, 5, 6], [7, 8, 10]]");
        Assert.Equal(["-0.905740179522", "0.198246863397", "16.707493316125"], Lines(run));
        var latex = Lines(Approximate("calc", "eigenvals", "[[1, 2, 3], [4, 5, 6], [7, 8, 10]]", "--format", "latex"));
        Assert.Equal("16.707493316125", latex[2]);
        // A complex pair: [[0, -2, 1], [2, 0, 1], [1, 1, 3]] has one real eigenvalue and a.bcd +- e.fgh i (no fraction bar).
        Assert.All(Lines(Approximate("calc", "eigenvals", "[[0, -2, 1], [2, 0, 1], [1, 1, 3]]")), l => Assert.DoesNotContain("/", l, StringComparison.Ordinal));
    }

    private static CliRun Approximate(params string[] args)
    {
        var run = CliHarness.Run(args);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("rounded to 12 decimals", run.Error, StringComparison.Ordinal);
        return run;
    }

    [Fact]
    public void Sign_of_the_assignment_expression_is_nonnegative_under_its_assumptions()
    {
        var run = Ok("calc", "sign", "1 + alpha*beta/(alpha+r)^2", "--assume", "alpha>0, beta>=-alpha, r>=0");
        Assert.Equal("nonnegative", Lines(run)[0]);
    }

    [Fact]
    public void The_determinant_of_a_300x300_lower_triangular_matrix_from_a_file_is_fast()
    {
        const int n = 300;
        var text = new StringBuilder("[");
        for (var r = 0; r < n; r++)
        {
            text.Append(r == 0 ? "[" : ",\n [");
            for (var c = 0; c < n; c++)
            {
                if (c > 0) text.Append(", ");
                // Diagonal: alpha, then 2, then ones; below it, assorted entries that must not matter.
                text.Append(c > r ? "0" : c == r ? (r == 0 ? "alpha" : r == 1 ? "2" : "1") : ((r * 7 + c) % 5 == 0 ? "beta" : $"{(r + c) % 9 - 4}"));
            }
            text.Append(']');
        }
        text.Append(']');
        var path = Path.Combine(Path.GetTempPath(), $"ift6135-lower-{Environment.ProcessId}.txt");
        File.WriteAllText(path, text.ToString());
        try
        {
            var watch = Stopwatch.StartNew();
            var run = Ok("calc", "det", "@" + path);
            watch.Stop();
            Near(2 * 1.3, Value(Lines(run)[0], ("alpha", 1.3), ("beta", -2.0)));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Inverse_times_the_matrix_is_the_identity()
    {
        var result = Lines(Ok("calc", "inverse", "[[1, alpha], [-alpha, 1]]"))[0];
        var table = new SymbolTable();
        var inv = InfixParser.ParseMatrix(result, table);
        var alpha = 0.7;
        double At(int r, int c) => Evaluator.EvaluateReal(inv[r, c], new Dictionary<Symbol, double> { [table.Get("alpha")] = alpha });
        double[,] a = { { 1, alpha }, { -alpha, 1 } };
        for (var r = 0; r < 2; r++)
            for (var c = 0; c < 2; c++)
                Near(r == c ? 1 : 0, At(r, 0) * a[0, c] + At(r, 1) * a[1, c]);
    }

    [Fact]
    public void Charpoly_is_det_of_lambda_I_minus_A()
    {
        var result = Lines(Ok("calc", "charpoly", "[[1, alpha], [-alpha, 1]]"))[0];
        // (l - 1)^2 + alpha^2 at l = 2.5, alpha = 0.7
        Near(1.5 * 1.5 + 0.49, Value(result, ("lambda", 2.5), ("alpha", 0.7)));
    }

    [Fact]
    public void Solve_lists_the_roots()
    {
        var roots = Lines(Ok("calc", "solve", "x^2 - 3*x + 2 = 0")).Select(l => Value(l).Real).Order().ToArray();
        Assert.Equal([1.0, 2.0], roots);
    }

    [Fact]
    public void Latex_prints_latex()
    {
        Assert.Contains(@"\alpha", Ok("calc", "latex", "alpha^2/beta").Out);
        Assert.Contains(@"\begin{pmatrix}", Ok("calc", "latex", "[[a, b], [c, d]]").Out);
    }

    [Fact]
    public void Json_of_sign_carries_the_verdict()
    {
        var run = Ok("calc", "sign", "alpha^2 + 1", "--format", "json");
        using var doc = JsonDocument.Parse(run.Out);
        var verdict = doc.RootElement.GetProperty("verdict");
        Assert.Equal("positive", verdict.GetProperty("sign").GetString());
        Assert.Equal(["positive"], verdict.GetProperty("possible").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_syntax_error_in_an_expression_is_shown_with_a_caret()
    {
        var run = CliHarness.Run("calc", "sign", "a + * b");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var lines = run.Error.TrimEnd('\n').Split('\n');
        Assert.StartsWith("ift6135-sym: <expr>:1:", lines[0]);
        Assert.Equal("  a + * b", lines[1]);
        Assert.Matches(@"^  \s*\^+$", lines[2]);
    }

    [Fact]
    public void A_syntax_error_in_the_assumptions_names_them()
    {
        var run = CliHarness.Run("calc", "sign", "x", "--assume", "x >> 0");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith("ift6135-sym: --assume:1:", run.Error);
    }

    [Fact]
    public void A_syntax_error_in_a_file_names_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ift6135-bad-{Environment.ProcessId}.txt");
        File.WriteAllText(path, "[[1, 2],\n [3, 4 +]]");
        try
        {
            var run = CliHarness.Run("calc", "det", "@" + path);
            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.StartsWith($"ift6135-sym: {path}:2:", run.Error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_singular_matrix_is_bad_input_not_a_crash()
    {
        var run = CliHarness.Run("calc", "inverse", "[[1, 2], [2, 4]]");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Fact]
    public void Det_of_a_non_square_matrix_says_so()
    {
        var run = CliHarness.Run("calc", "det", "[[1, 2, 3], [4, 5, 6]]");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("ift6135-sym: det needs a square matrix, got 2x3\n", run.Error);
    }

    [Fact]
    public void Equiv_proves_an_identity_and_refutes_a_falsehood_with_exit_codes_0_and_1()
    {
        var valid = Ok("calc", "equiv", "sigmoid(-x)", "1 - sigmoid(x)");
        Assert.StartsWith("valid", valid.Out);
        var invalid = CliHarness.Run("calc", "equiv", "x^2", "x");
        Assert.Equal(ExitCodes.CheckFailed, invalid.ExitCode);
        Assert.StartsWith("invalid", invalid.Out);
        Assert.Contains("counterexample", invalid.Out);
    }

    [Fact]
    public void The_counterexample_of_equiv_in_json_is_a_real_counterexample()
    {
        var run = CliHarness.Run("calc", "equiv", "x^2", "x", "--format", "json");
        Assert.Equal(ExitCodes.CheckFailed, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var verdict = doc.RootElement.GetProperty("verdict");
        Assert.Equal("invalid", verdict.GetProperty("outcome").GetString());
        var counterexample = verdict.GetProperty("counterexample");
        var x = counterexample.GetProperty("point").GetProperty("x").GetDouble();
        Assert.NotEqual(x * x, x);
        Assert.Equal(x * x, counterexample.GetProperty("left").GetDouble(), 9);
        Assert.Equal(x, counterexample.GetProperty("right").GetDouble(), 9);
    }
}
