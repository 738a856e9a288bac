using System.Globalization;
using System.Text.Json;
using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Bench.Workloads;

namespace Ift6135.Sym.Tests.Bench;

/// <summary>
/// A smoke test of the benchmark harness on tiny sizes: every workload runs, and its fingerprint is
/// the one worked out by hand here. No timing is asserted (the machine is shared).
/// </summary>
public sealed class HarnessSmokeTests
{
    public static TheoryData<string, string> ExpectedSmokeFingerprints() => new()
    {
        { "construct.sum/10", "terms=10" },            // x0..x9, all distinct
        { "construct.product/10", "factors=10" },      // y0..y9, all distinct
        { "det.triangular/3", "factors=3" },           // d0·d1·d2
        { "det.dense/3", "terms=6" },                  // 3! permutations
        { "charpoly.symbolic/2", "terms=5" },          // λ² − m00λ − m11λ + m00m11 − m01m10
        { "charpoly.rational/3", $"exact={CharpolyAtTwoByHand()}" },
        { "eigen.rational/3", "values=-1,0,1" },       // D = diag(i − 3/2 rounded toward 0) = diag(-1, 0, 1)
        { "eigen.symbolic/2", "count=2" },
        { "expand.trinomial/2", "terms=6" },           // C(2 + 2, 2) monomials of degree 2 in a, b, c
        { "diff.sigmoid_flow/2", "value=" + SigmoidFlowSlopeByHand().ToString("G9", CultureInfo.InvariantCulture) },
        { "equiv.sigmoid_derivative/1", "verdict=valid" },
        { "equiv.log_sigmoid/1", "verdict=valid" },
        { "equiv.logit_sigmoid/1", "verdict=valid" },
        { "equiv.binomial/8", "verdict=valid" },
        { "equiv.false_square/2", "verdict=invalid" },   // differs by 2ab
        { "parse.infix/2", "terms=2" },
    };

    [Theory]
    [MemberData(nameof(ExpectedSmokeFingerprints))]
    public void Smoke_workload_runs_and_gives_the_hand_computed_answer(string key, string fingerprint)
    {
        var workload = Catalog.All(Scale.Smoke).Single(w => w.Key == key);
        var m = Runner.Measure(workload, RunnerOptions.Smoke);
        Assert.Null(m.Error);
        Assert.Equal(1, m.Repetitions);
        Assert.Equal(fingerprint, m.Fingerprint);
    }

    [Fact]
    public void Every_smoke_workload_has_an_expected_fingerprint_and_full_scale_has_the_same_ids()
    {
        var expected = ExpectedSmokeFingerprints().Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(expected.Order(), Catalog.All(Scale.Smoke).Select(w => w.Key).Order());
        var full = Catalog.All(Scale.Full);
        Assert.Equal(full.Count, full.Select(w => w.Key).Distinct().Count());
        Assert.Equal(Catalog.All(Scale.Smoke).Select(w => w.Id).Distinct().Order(), full.Select(w => w.Id).Distinct().Order());
    }

    [Fact]
    public void A_throwing_workload_becomes_an_error_row_not_a_crash()
    {
        var broken = new Workload("broken", 1, () => () => throw new InvalidOperationException("boom"), _ => "");
        var m = Runner.Measure(broken, RunnerOptions.Smoke);
        Assert.Equal("InvalidOperationException: boom", m.Error);
        Assert.True(double.IsNaN(m.MedianSeconds));
    }

    [Fact]
    public void Json_report_round_trips_ids_sizes_and_errors()
    {
        var rows = new[] { new Measurement("det.dense", 3, 0.5, 3, "terms=6"), new Measurement("x", 2, double.NaN, 0, "", "Boom: no") };
        using var stream = new MemoryStream();
        JsonReport.Write(stream, "ift6135-sym", rows);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var results = doc.RootElement.GetProperty("results");
        Assert.Equal("det.dense", results[0].GetProperty("id").GetString());
        Assert.Equal(3, results[0].GetProperty("size").GetInt32());
        Assert.Equal(0.5, results[0].GetProperty("median_s").GetDouble());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("median_s").ValueKind);
        Assert.Equal("Boom: no", results[1].GetProperty("error").GetString());
    }

    [Theory]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    public void Median_of_hand_picked_lists(double[] values, double median) => Assert.Equal(median, Runner.Median(values));

    /// <summary>
    /// det(2I − A) for the 3×3 "rational" matrix, entries ((7i + 3j + ij) mod 11) − 5 written out by
    /// hand: A = [[-5, -2, 1], [2, -5, -1], [-2, 3, -3]]; expanded along the first row.
    /// </summary>
    private static long CharpolyAtTwoByHand()
    {
        long[,] b = { { 7, 2, -1 }, { -2, 7, 1 }, { 2, -3, 5 } };
        return b[0, 0] * (b[1, 1] * b[2, 2] - b[1, 2] * b[2, 1])
             - b[0, 1] * (b[1, 0] * b[2, 2] - b[1, 2] * b[2, 0])
             + b[0, 2] * (b[1, 0] * b[2, 1] - b[1, 1] * b[2, 0]);
    }

    /// <summary>
    /// d/dz logit(S) = S'/(S(1 − S)) with S = Σ w_i σ(a_i z + b_i), S' = Σ w_i a_i σ(1 − σ), at the
    /// smoke point: n = 2, w_i = 1/3, a = (1, 2), b = (−2, −1), z = 0.3.
    /// </summary>
    private static double SigmoidFlowSlopeByHand()
    {
        static double Sigma(double t) => 1 / (1 + Math.Exp(-t));
        double[] a = [1, 2], b = [-2, -1];
        double s = 0, ds = 0;
        for (var i = 0; i < 2; i++)
        {
            var g = Sigma(a[i] * 0.3 + b[i]);
            s += g / 3;
            ds += a[i] * g * (1 - g) / 3;
        }
        return ds / (s * (1 - s));
    }
}
