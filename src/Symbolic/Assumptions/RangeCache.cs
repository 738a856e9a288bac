using System.Collections.Concurrent;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// Ranges already computed under one reasoner's assumptions. Sound to share across queries (a
/// range depends only on the expression and the assumptions, both immutable); thread-safe; cleared
/// when it grows past <see cref="Capacity"/> so a long session cannot exhaust memory.
/// </summary>
internal sealed class RangeCache
{
    public const int Capacity = 20_000;
    private readonly ConcurrentDictionary<Expr, Range> entries = new();
    private int added;   // counted here because ConcurrentDictionary.Count takes every lock

    public bool TryGet(Expr e, out Range r) => entries.TryGetValue(e, out r);

    public void Add(Expr e, Range r)
    {
        if (Interlocked.Increment(ref added) > Capacity)
        {
            entries.Clear();
            Interlocked.Exchange(ref added, 0);
        }
        entries[e] = r;
    }
}
