using Ift6135.Sym.Bench.Corpus;
using Xunit.Abstractions;

namespace Ift6135.Sym.Tests.Oracle;

[Collection(SympyOracleCollection.Name)]
public sealed class ConstructionOracleTests(SympyOracleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Canonical_construction_and_printing_preserve_the_value_of_100_random_expressions() =>
        OracleRun.AssertAllAgree(fixture.Oracle, OracleCorpus.Construction(), output);

    [Fact]
    public void The_oracle_detects_a_wrong_answer()
    {
        // The oracle must be able to say no, or every other oracle test proves nothing.
        var x = RecipeGenerator.X;
        var wrong = OracleCase.Of("wrong-derivative", "diff", SympySyntax.Symbols([x]),
            ("expr", "x**3"), ("vars", new System.Text.Json.Nodes.JsonArray("x")), ("ours", "3*x**2 + 1"));
        var answer = fixture.Oracle.Ask(wrong.Request);
        Assert.False(answer.Agree, $"SymPy accepted 3x^2 + 1 as d/dx x^3: {answer}");
    }

    [Fact]
    public void Without_SymPy_the_oracle_tests_fail_and_say_to_run_the_setup_script()
    {
        // python3 -S does not load site-packages, so SymPy cannot be imported: the state of a fresh machine.
        using var missing = new SympyOracleFixture(["-S"]);
        var error = Assert.Throws<InvalidOperationException>(() => missing.Oracle);
        Assert.Contains("cannot import sympy", error.Message);
        Assert.Contains("scripts/setup.sh", error.Message);
    }
}
