using Ift6135.Sym.Assignment;

namespace Ift6135.Sym.Tests.Assignment;

public class ConcurrentlyTests
{
    [Fact]
    public void ResultsComeInInputOrderWhateverTheDurations()
    {
        // Early items take longest, so on several cores they finish last.
        var items = Enumerable.Range(0, 12).ToArray();
        var results = Concurrently.Map(items, (x, i) =>
        {
            Thread.Sleep((12 - x) * 3);
            return (x * x, i);
        });
        Assert.Equal(items.Select(x => (x * x, x)), results);
    }

    [Fact]
    public void TheFirstFailureInInputOrderIsReportedWithItsOwnType()
    {
        // Item 5 fails at once, item 2 later: a sequential run would have stopped at item 2, so item 2's failure is the one reported.
        var items = Enumerable.Range(0, 8).ToArray();
        var e = Assert.Throws<InvalidOperationException>(() => Concurrently.Map(items, (x, _) =>
        {
            if (x == 5) throw new ArgumentException("item 5");
            if (x == 2)
            {
                Thread.Sleep(50);
                throw new InvalidOperationException("item 2");
            }
            return x;
        }));
        Assert.Equal("item 2", e.Message);
    }

    [Fact]
    public void NoItemsGiveNoResults() =>
        Assert.Empty(Concurrently.Map(Array.Empty<int>(), (x, _) => x));
}
