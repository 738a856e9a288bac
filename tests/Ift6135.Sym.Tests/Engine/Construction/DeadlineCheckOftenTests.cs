using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Tests.Engine.Construction;

/// <summary>
/// Node construction checks the step's budget through <see cref="Deadline.CheckOften"/>, which reads the
/// clock once every 16 calls: a spent budget must still stop construction within 16 nodes, and an
/// unspent or absent one must never stop it.
/// </summary>
public class DeadlineCheckOftenTests
{
    [Fact]
    public void A_spent_budget_stops_within_sixteen_calls()
    {
        using (Deadline.Start(TimeSpan.Zero))
        {
            Thread.Sleep(5);
            var calls = 0;
            Assert.Throws<TimeBudgetExceededException>(() => { for (; calls < 100; calls++) Deadline.CheckOften(); });
            Assert.True(calls < 16, $"{calls} calls passed a spent budget");
        }
    }

    [Fact]
    public void Building_sums_under_a_spent_budget_stops()
    {
        var x = Symbol.Of("x");
        using (Deadline.Start(TimeSpan.Zero))
        {
            Thread.Sleep(5);
            Assert.Throws<TimeBudgetExceededException>(() => { for (var k = 0; k < 16; k++) _ = x + k; });
        }
    }

    [Fact]
    public void No_budget_or_an_unspent_one_never_stops()
    {
        for (var k = 0; k < 100; k++) Deadline.CheckOften();
        using (Deadline.Start(TimeSpan.FromHours(1)))
            for (var k = 0; k < 100; k++) Deadline.CheckOften();
    }
}
