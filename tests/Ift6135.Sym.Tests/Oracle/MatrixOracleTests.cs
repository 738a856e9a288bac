using Xunit.Abstractions;

namespace Ift6135.Sym.Tests.Oracle;

/// <summary>Our engine's matrix and solving results, judged by SymPy.</summary>
[Collection(SympyOracleCollection.Name)]
public sealed class MatrixOracleTests(SympyOracleFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Determinants_agree_with_SymPy() =>
        OracleRun.AssertAllAgree(fixture.Oracle, OracleCorpus.Determinants(), output);

    [Fact]
    public void Inverses_agree_with_SymPy() =>
        OracleRun.AssertAllAgree(fixture.Oracle, OracleCorpus.Inverses(), output);

    [Fact]
    public void Characteristic_polynomials_agree_with_SymPy() =>
        OracleRun.AssertAllAgree(fixture.Oracle, OracleCorpus.CharacteristicPolynomials(), output);

    [Fact]
    public void Eigenvalues_agree_with_SymPy_as_multisets() =>
        OracleRun.AssertAllAgree(fixture.Oracle, OracleCorpus.EigenvaluesCases(), output);

    [Fact]
    public void Quadratic_roots_agree_with_SymPy_as_multisets() =>
        OracleRun.AssertAllAgree(fixture.Oracle, OracleCorpus.QuadraticRoots(), output);
}
