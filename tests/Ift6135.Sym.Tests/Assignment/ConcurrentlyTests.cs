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
    public void AStartOrderChangesWhichItemIsTakenFirstNotWhereResultsGo()
    {
        // The order reversed: item 5 is taken first and item 0 last, after at least (6 - cores) items have run their 50 ms, so
        // item 0 starts after item 5 on any machine with fewer than 6 cores; the results still come in input order.
        var items = Enumerable.Range(0, 6).ToArray();
        var started = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var results = Concurrently.Map(items, (x, i) =>
        {
            started.Enqueue(i);
            Thread.Sleep(50);
            return 10 * x;
        }, [5, 4, 3, 2, 1, 0]);
        Assert.Equal([0, 10, 20, 30, 40, 50], results);
        var order = started.ToArray();
        Assert.Equal(items, order.Order());
        if (Environment.ProcessorCount < 6) Assert.True(Array.IndexOf(order, 5) < Array.IndexOf(order, 0), string.Join(",", order));
    }

    [Fact]
    public void WithAStartOrderTheFirstFailureIsStillTheFirstInInputOrder()
    {
        // Item 1 is started last, after item 4 failed: a sequential run in input order would have stopped at item 1.
        var items = Enumerable.Range(0, 5).ToArray();
        var e = Assert.Throws<InvalidOperationException>(() => Concurrently.Map(items, (x, _) =>
            x switch
            {
                1 => throw new InvalidOperationException("item 1"),
                4 => throw new ArgumentException("item 4"),
                _ => x,
            }, [4, 3, 2, 0, 1]));
        Assert.Equal("item 1", e.Message);
    }

    [Theory]
    [InlineData(new[] { 0, 1 })]          // too short
    [InlineData(new[] { 0, 1, 1 })]       // a repeat
    [InlineData(new[] { 0, 1, 3 })]       // out of range
    public void AStartOrderThatIsNotAPermutationIsRefused(int[] order) =>
        Assert.Throws<ArgumentException>(() => Concurrently.Map(new[] { 7, 8, 9 }, (x, _) => x, order));

    [Fact]
    public void NoItemsGiveNoResults() =>
        Assert.Empty(Concurrently.Map(Array.Empty<int>(), (x, _) => x));
}
