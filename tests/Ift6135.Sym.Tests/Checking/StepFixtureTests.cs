using Xunit.Abstractions;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// The fixture table: every row not marked known must get its expected verdict; every row marked
/// known must still fail (and is listed in the output), so a known failure is never hidden and a fixed
/// one is noticed.
/// </summary>
public class StepFixtureTests(ITestOutputHelper output)
{
    public static TheoryData<int> Rows() => Indices(known: false);
    public static TheoryData<int> KnownRows() => Indices(known: true);

    private static TheoryData<int> Indices(bool known)
    {
        var data = new TheoryData<int>();
        for (var k = 0; k < StepFixtures.All.Count; k++) if (StepFixtures.All[k].Known == known) data.Add(k);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Row(int index)
    {
        var f = StepFixtures.All[index];
        var actual = f.Actual();
        Assert.True(actual == f.Expected, $"{f}: expected {f.Expected}, got {actual} ({f.Note})");
    }

    [Theory]
    [MemberData(nameof(KnownRows))]
    public void KnownFailure(int index)
    {
        var f = StepFixtures.All[index];
        var actual = f.Actual();
        output.WriteLine($"KNOWN FAILURE {f}: expected {f.Expected}, got {actual} ({f.Note})");
        Assert.True(actual != f.Expected, $"{f} now gets its expected verdict '{f.Expected}': remove its 'known' mark.");
    }

    [Fact]
    public void TableIsWellFormed()
    {
        Assert.True(StepFixtures.All.Count >= 200, $"only {StepFixtures.All.Count} rows");
        var verdicts = new[] { "valid", "invalid", "unknown", "notchecked", "definition", "error" };
        Assert.All(StepFixtures.All, f => Assert.Contains(f.Expected, verdicts));
    }
}
