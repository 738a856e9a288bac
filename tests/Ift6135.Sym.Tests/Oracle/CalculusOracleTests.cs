using Xunit.Abstractions;

namespace Ift6135.Sym.Tests.Oracle;

/// <summary>Our engine's calculus and rewriting results judged by SymPy, and the size of the whole corpus.</summary>
[Collection(SympyOracleCollection.Name)]
public sealed class CalculusOracleTests(SympyOracleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Derivatives_of_100_random_expressions_agree_with_SymPy() =>
        OracleRun.AssertAllAgree(fixture.Oracle, OracleCorpus.Derivatives(), output);

    [Fact]
    public void Mixed_second_derivatives_agree_with_SymPy() =>
        OracleRun.AssertAllAgree(fixture.Oracle, OracleCorpus.MixedDerivatives(), output);

    [Fact]
    public void Expansions_agree_with_SymPy_and_are_fully_expanded() =>
        OracleRun.AssertAllAgree(fixture.Oracle, OracleCorpus.Expansions(), output);

    [Fact]
    public void The_corpus_has_at_least_300_cases_with_unique_ids()
    {
        var all = OracleCorpus.All();
        Assert.True(all.Count >= 300, $"only {all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());
    }
}
