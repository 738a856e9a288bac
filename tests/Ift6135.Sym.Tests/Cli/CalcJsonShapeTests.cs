using System.Text.Json;
using Ift6135.Sym.Cli.Commands.Calc;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>The JSON of calc is a small stable contract: these tests pin its shape.</summary>
public sealed class CalcJsonShapeTests
{
    [Fact]
    public void A_single_result_is_an_object_with_infix_and_latex()
    {
        var outcome = CalcOutcome.Single("diff", "x^2", new Rendered("2*x", "2 x"));
        using var doc = JsonDocument.Parse(CalcOutput.ToJson(outcome, "x>0"));
        var root = doc.RootElement;
        Assert.Equal(["operation", "input", "assumptions", "result"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("diff", root.GetProperty("operation").GetString());
        Assert.Equal("x^2", root.GetProperty("input").GetString());
        Assert.Equal("x>0", root.GetProperty("assumptions").GetString());
        Assert.Equal("2*x", root.GetProperty("result").GetProperty("infix").GetString());
        Assert.Equal("2 x", root.GetProperty("result").GetProperty("latex").GetString());
    }

    [Fact]
    public void Several_results_are_an_array_and_absent_assumptions_are_null()
    {
        var outcome = new CalcOutcome("eigenvals", "[[1, a], [-a, 1]]", [new Rendered("1 + a*i", "1 + a i"), new Rendered("1 - a*i", "1 - a i")], IsList: true);
        using var doc = JsonDocument.Parse(CalcOutput.ToJson(outcome, null));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("assumptions").ValueKind);
        var results = doc.RootElement.GetProperty("result");
        Assert.Equal(JsonValueKind.Array, results.ValueKind);
        Assert.Equal(["1 + a*i", "1 - a*i"], results.EnumerateArray().Select(r => r.GetProperty("infix").GetString()));
    }

    [Fact]
    public void A_verdict_is_an_object_after_the_result()
    {
        var outcome = new CalcOutcome("equiv", "x = y", [new Rendered("x = y", "x = y")],
            Verdict: [new VerdictField("outcome", "invalid"), new VerdictField("points", 3),
                      new VerdictField("counterexample", new[] { new VerdictField("point", new[] { new VerdictField("x", 0.5) }), new VerdictField("left", 0.5) })],
            ExitCode: 1);
        using var doc = JsonDocument.Parse(CalcOutput.ToJson(outcome, null));
        var verdict = doc.RootElement.GetProperty("verdict");
        Assert.Equal("invalid", verdict.GetProperty("outcome").GetString());
        Assert.Equal(3, verdict.GetProperty("points").GetInt32());
        Assert.Equal(0.5, verdict.GetProperty("counterexample").GetProperty("point").GetProperty("x").GetDouble());
        Assert.Equal("verdict", doc.RootElement.EnumerateObject().Last().Name);
    }
}
