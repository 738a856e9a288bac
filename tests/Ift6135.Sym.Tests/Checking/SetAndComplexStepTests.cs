using System.Globalization;
using System.Numerics;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Finite sets compared without order, and mistakes with complex values made invalid with a counterexample
/// that is checked here again, by hand, from the reported point.
/// </summary>
public sealed class SetAndComplexStepTests
{
    private static StepReport Step(string doc) => Checker.CheckText(doc, "t.tex").Chains.Single().Steps.Single();

    private static double Alpha(StepReport s) => s.Counterexample!.Values["alpha"];

    private static Complex Parse(string shown)
    {
        // "a + bi", "a - bi" or "a", as CounterexampleCheck.Show writes them.
        var m = System.Text.RegularExpressions.Regex.Match(shown, @"^(?<re>[-0-9.E+]+)(?: (?<sign>[+-]) (?<im>[0-9.E+-]+)i)?$");
        Assert.True(m.Success, shown);
        var re = double.Parse(m.Groups["re"].Value, CultureInfo.InvariantCulture);
        var im = m.Groups["im"].Success ? double.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture) * (m.Groups["sign"].Value == "-" ? -1 : 1) : 0;
        return new Complex(re, im);
    }

    [Theory]
    [InlineData(@"\{1 + \alpha i, 1 - \alpha i\} = \{1 - \alpha i, 1 + \alpha i\}")]
    [InlineData(@"\left\{1 + \alpha i, 1 - \alpha i\right\} = \left\{1 - \alpha i, 1 + \alpha i\right\}")]
    [InlineData(@"\{a, b\} = \{b, a, a\}")]
    [InlineData(@"\{x^2 - 1, 0\} = \{0, (x - 1)(x + 1)\}")]
    public void Sets_are_equal_in_any_order(string step) => Assert.Equal(StepStatus.Valid, Step($"\\[ {step} \\]").Status);

    [Fact]
    public void Eigenvalues_without_i_are_an_invalid_set_with_a_counterexample()
    {
        var s = Step(@"\[ \left\{1 + \alpha i, 1 - \alpha i\right\} = \left\{1 + \alpha, 1 - \alpha\right\} \]");
        Assert.Equal(StepStatus.Invalid, s.Status);
        var a = Alpha(s);
        // The left element 1 + a i is reported; it must differ from both 1 + a and 1 - a at the point (a != 0).
        Assert.NotEqual(0, a);
        Assert.Equal(1, Parse(s.Counterexample!.Left).Real, 9);
        Assert.Equal(Math.Abs(a), Math.Abs(Parse(s.Counterexample.Left).Imaginary), 9);
        Assert.Equal("{" + string.Join(", ", new[] { 1 + a, 1 - a }.Select(v => v.ToString("G10", CultureInfo.InvariantCulture))) + "}", s.Counterexample.Right);
    }

    [Fact]
    public void Sets_of_numbers_that_differ_are_invalid()
    {
        var s = Step(@"\[ \{1, 2\} = \{1, 3\} \]");
        Assert.Equal(StepStatus.Invalid, s.Status);
        Assert.Contains("equals no element", s.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_equal_between_sets_is_the_negation_of_equality()
    {
        Assert.Equal(StepStatus.Valid, Step(@"\[ \{1, 2\} \neq \{1, 3\} \]").Status);
        Assert.Equal(StepStatus.Invalid, Step(@"\[ \{1, 2\} \neq \{2, 1\} \]").Status);
    }

    [Theory]
    [InlineData(@"\{1, 2\} < \{2, 3\}", "order relations between sets")]
    [InlineData(@"\{1, 2\} = 3", "not a set")]
    [InlineData(@"\{1, 2\} + 1 = 3", "whole side of a relation")]
    public void Sets_outside_equality_are_input_errors(string step, string message)
    {
        var report = Checker.CheckText($"\\[ {step} \\]", "t.tex");
        var all = string.Join(" | ", report.Errors.Select(e => e.Message).Concat(report.Chains.SelectMany(c => c.Steps).Select(x => x.Detail ?? "")));
        Assert.Contains(message, all, StringComparison.Ordinal);
        Assert.Equal(2, report.ExitCode);
    }

    [Fact]
    public void A_complex_value_claimed_real_is_invalid_and_the_point_re_checks()
    {
        var s = Step(@"\[ 1 + \alpha i = 1 + \alpha \]");
        Assert.Equal(StepStatus.Invalid, s.Status);
        var a = Alpha(s);
        Assert.Equal(new Complex(1, a), Parse(s.Counterexample!.Left));
        Assert.Equal(new Complex(1 + a, 0), Parse(s.Counterexample.Right));
    }

    [Fact]
    public void The_modulus_claimed_to_be_one_plus_alpha_is_invalid()
    {
        var s = Step(@"\[ |1 + \alpha i| = 1 + \alpha \]");
        Assert.Equal(StepStatus.Invalid, s.Status);
        var a = Alpha(s);
        Assert.Equal(Math.Sqrt(1 + a * a), Parse(s.Counterexample!.Left).Real, 9);
        Assert.Equal(1 + a, Parse(s.Counterexample.Right).Real, 9);
        Assert.Contains("real and imaginary parts", s.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"|1 + \alpha i| = \sqrt{1 + \alpha^2}")]
    [InlineData(@"(1 + \alpha i)(1 - \alpha i) = 1 + \alpha^2")]
    [InlineData(@"(1 + i)^2 = 2i")]
    public void Right_complex_steps_stay_valid(string step) => Assert.Equal(StepStatus.Valid, Step($"\\[ {step} \\]").Status);

    [Fact]
    public void A_wrong_complex_reciprocal_is_invalid()
    {
        var s = Step(@"\[ \frac{1}{1 + \alpha i} = 1 - \alpha i \]");
        Assert.Equal(StepStatus.Invalid, s.Status);
        var a = Alpha(s);
        var left = 1 / new Complex(1, a);
        Assert.Equal(left.Real, Parse(s.Counterexample!.Left).Real, 9);
        Assert.Equal(left.Imaginary, Parse(s.Counterexample.Left).Imaginary, 9);
    }
}
