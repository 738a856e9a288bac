using System.Numerics;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>Huge numbers and exponents, deep trees, big expansions and slow steps end in a value or a named limit.</summary>
public sealed class EngineLimitTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static Expr Parse(string text) => InfixParser.Parse(text, new SymbolTable());

    private static T Within<T>(Func<T> work)
    {
        var result = Guarded.Run(work, Budget);
        Assert.True(result.Completed, $"{result.Outcome}: {result.Detail}");
        return result.Value!;
    }

    [Fact]
    public void A_power_of_ten_to_the_hundred_is_an_exact_number_in_the_exponent()
    {
        var e = Within(() => Parse("x^(10^100)"));
        var p = Assert.IsType<Power>(e);
        Assert.True(p.Exponent.IsNumber(out var n));
        Assert.Equal(BigInteger.Pow(10, 100), n.Numerator);
    }

    [Theory]
    [InlineData("2^(10^100)")]
    [InlineData("10^10^10")]
    [InlineData("(3/7)^(10^20)")]
    [InlineData("2^(-(10^30))")]
    [InlineData("(-2)^(10^10 + 1)")]
    public void A_number_to_a_huge_power_stays_an_unevaluated_power(string text)
    {
        var e = Within(() => Parse(text));
        Assert.IsType<Power>(e);
        Assert.True(Within(() => InfixPrinter.Print(e)).Length < 400);
    }

    [Fact]
    public void The_exact_exponent_bound_is_where_evaluation_stops()
    {
        Assert.True(Within(() => Parse($"2^{Limits.MaxExactExponent}")).IsNumber(out _));
        Assert.IsType<Power>(Within(() => Parse($"2^{Limits.MaxExactExponent + 1}")));
    }

    [Fact]
    public void A_huge_power_of_x_differentiates_and_prints_without_expanding()
    {
        var x = Symbol.Of("x");
        var d = Within(() => Differentiation.Diff(Parse("x^(10^100)"), x));
        Assert.Equal(Within(() => Parse("10^100 * x^(10^100 - 1)")), d);
    }

    [Fact]
    public void Expanding_a_sum_to_a_huge_power_hits_the_term_limit_before_building_anything()
    {
        var e = Within(() => Parse("(x + 1)^(10^100)"));
        var error = Assert.Throws<ExpansionLimitException>(() => Rewrite.Expand(e));
        Assert.Equal(Rewrite.DefaultMaxTerms, error.Limit);
        var guarded = Guarded.Run(() => Rewrite.Expand(Parse("(a + b + c + d)^40")), Budget);
        Assert.Equal(GuardedOutcome.LimitExceeded, guarded.Outcome);
        Assert.Contains("more than the limit of 10000", guarded.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_thousand_digit_number_is_read_exactly()
    {
        var digits = "7" + new string('3', 9_999);
        var e = Within(() => Parse(digits + " + 1"));
        Assert.True(e.IsNumber(out var v));
        Assert.Equal(BigInteger.Parse(digits) + 1, v.Numerator);
    }

    [Fact]
    public void A_tree_nested_far_beyond_the_stack_is_a_limit_when_printed_or_differentiated()
    {
        // Built by code, not parsed: the parser would refuse it. 200000 nested sines.
        var x = Symbol.Of("x");
        var deep = Within(() => { Expr e = x; for (var k = 0; k < 200_000; k++) e = Build.Sin(e); return e; });
        foreach (var work in new Func<object>[] { () => InfixPrinter.Print(deep), () => LatexPrinter.Print(deep), () => Differentiation.Diff(deep, x), () => deep.Transform(t => t) })
        {
            var result = Guarded.Run(work, Budget, stackBytes: 1 << 20);
            Assert.Equal(GuardedOutcome.LimitExceeded, result.Outcome);
            Assert.Contains("nested too deeply", result.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_two_hundred_level_parse_is_printed_and_differentiated_on_a_small_stack_within_its_budget()
    {
        var text = string.Concat(Enumerable.Repeat("sin(", 190)) + "x" + new string(')', 190);
        var x = Symbol.Of("x");
        var e = Within(() => Parse(text));
        var printed = Guarded.Run(() => InfixPrinter.Print(e) + LatexPrinter.Print(e), Budget, stackBytes: 1 << 20);
        Assert.True(printed.Completed, printed.Detail);
        // Differentiating 190 nested sines is slow (known: it grows like n^5), but it must end: done or out of time, never a crash.
        var started = System.Diagnostics.Stopwatch.StartNew();
        var derived = Guarded.Run(() => InfixPrinter.Print(Differentiation.Diff(e, x)), TimeSpan.FromSeconds(2), stackBytes: 1 << 20);
        Assert.True(derived.Completed || derived.Detail!.StartsWith("unknown: time budget exceeded", StringComparison.Ordinal), derived.Detail);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(4), $"took {started.Elapsed}");
    }

    [Fact]
    public void The_deadline_stops_a_long_construction_and_says_time_budget_exceeded()
    {
        var x = Symbol.Of("x");
        var result = Guarded.Run<Expr>(() => { Expr e = x; while (true) e = Build.Add(Build.Mul(e, x), Number.One); }, TimeSpan.FromMilliseconds(200));
        Assert.Equal(GuardedOutcome.TimedOut, result.Outcome);
        Assert.False(result.Abandoned, "the cooperative deadline stopped the work");
        Assert.StartsWith("unknown: time budget exceeded", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Work_that_builds_nothing_is_abandoned_after_its_budget()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = Guarded.Run<int>(() => { while (true) Thread.SpinWait(1000); }, TimeSpan.FromMilliseconds(100));
        Assert.Equal(GuardedOutcome.TimedOut, result.Outcome);
        Assert.True(result.Abandoned, "a loop that builds nothing never sees the deadline: it is abandoned");
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(3), $"took {started.Elapsed}");
    }

    [Fact]
    public void Deadlines_nest_and_the_earlier_one_wins()
    {
        using (Deadline.Start(TimeSpan.FromHours(1)))
        {
            using (Deadline.Start(TimeSpan.Zero))
            {
                Thread.Sleep(5);
                Assert.Throws<TimeBudgetExceededException>(Deadline.Check);
            }
            Deadline.Check();
            Assert.True(Deadline.IsActive);
        }
        Assert.False(Deadline.IsActive);
    }

    [Fact]
    public void An_equivalence_decision_over_a_huge_expansion_ends_within_its_budget()
    {
        var a = Parse("(a + b + c + d + e1 + f1)^30");
        var b = Parse("(f1 + e1 + d + c + b + a)^30 + 1");
        var options = EquivalenceOptions.Default with { TimeBudget = TimeSpan.FromSeconds(1) };
        var started = System.Diagnostics.Stopwatch.StartNew();
        var verdict = Within(() => EquivalenceChecker.Decide(a, b, Assumptions.None, options));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(8), $"took {started.Elapsed}");
        Assert.Equal(Outcome.Invalid, verdict.Outcome);
    }

    [Fact]
    public void Sampling_near_a_pole_or_with_overflowing_values_does_not_call_a_true_identity_false()
    {
        var options = EquivalenceOptions.Default;
        Assert.NotEqual(Outcome.Invalid, Within(() => EquivalenceChecker.Decide(Parse("exp(1000*x)/exp(1000*x)"), Parse("1"), Assumptions.None, options)).Outcome);
        Assert.NotEqual(Outcome.Invalid, Within(() => EquivalenceChecker.Decide(Parse("1/(x - 1) - 1/(x - 1)"), Parse("0"), Assumptions.None, options)).Outcome);
        Assert.NotEqual(Outcome.Invalid, Within(() => EquivalenceChecker.Decide(Parse("(x^2 - 1)/(x - 1)"), Parse("x + 1"), Assumptions.None, options)).Outcome);
        Assert.NotEqual(Outcome.Invalid, Within(() => EquivalenceChecker.Decide(Parse("log(exp(x^40))"), Parse("x^40"), Assumptions.None, options)).Outcome);
        Assert.NotEqual(Outcome.Invalid, Within(() => EquivalenceChecker.Decide(Parse("sigmoid(10^6*x) + sigmoid(-(10^6)*x)"), Parse("1"), Assumptions.None, options)).Outcome);
    }

    [Fact]
    public void A_power_whose_value_would_exceed_the_result_size_stays_unevaluated()
    {
        // 10^100 to the 2500 has 250,001 digits: computing and printing it took seconds (found by fuzzing).
        var e = Within(() => Parse("(10^100)^2500"));
        Assert.IsType<Power>(e);
        // The base 10^100 (333 bits) is computed exactly; the 2500th power of it is not.
        Assert.Equal("1" + new string('0', 100) + "^2500", InfixPrinter.Print(e));
        // With exponents under the exact-exponent limit (10,000): 10^9999 (33,216 bits) is past the bound of 2^15 bits,
        // 10^9863 (32,764 bits) within it.
        Assert.IsType<Power>(Within(() => Parse("10^9999")));
        Assert.IsType<Number>(Within(() => Parse("10^9863")));
    }
}
