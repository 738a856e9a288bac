using System.Runtime.ExceptionServices;

namespace Ift6135.Sym.Assignment;

/// <summary>
/// Independent computations run on as many threads as there are cores, their results in the order of
/// their inputs: each result goes to its input's slot, so the outcome never depends on the scheduling.
/// For work that shares nothing mutable (numeric work seeded per item, never a generator shared between
/// items). A failure is reported as a sequential run would report it: the first failing item in input
/// order, with its own exception and stack.
/// </summary>
public static class Concurrently
{
    /// <summary>The stack of each worker: the engine's recursions guard the stack they have, and a thread-pool
    /// thread has less than the main thread, so a deeply nested variant could fail on one and not on the other.</summary>
    private const int StackBytes = 64 << 20;

    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, int, TResult> compute) =>
        Map(items, compute, Enumerable.Range(0, items.Count).ToArray());

    /// <summary>
    /// <see cref="Map{T, TResult}(IReadOnlyList{T}, Func{T, int, TResult})"/> with the items started in <paramref name="startOrder"/>
    /// (a permutation of their indices), the results still in input order: the longest work started first, so that it does not
    /// end alone while the other cores have nothing left to do. A failure is still the first failing item in input order.
    /// </summary>
    public static TResult[] Map<T, TResult>(IReadOnlyList<T> items, Func<T, int, TResult> compute, IReadOnlyList<int> startOrder)
    {
        if (startOrder.Count != items.Count || startOrder.Distinct().Count() != items.Count || startOrder.Any(i => i < 0 || i >= items.Count))
            throw new ArgumentException("The start order must be a permutation of the items' indices.", nameof(startOrder));
        var results = new TResult[items.Count];
        var failures = new Exception?[items.Count];
        var next = -1;
        void Work()
        {
            // Each worker, the caller included, takes the next item not yet taken until none is left.
            for (var taken = Interlocked.Increment(ref next); taken < items.Count; taken = Interlocked.Increment(ref next))
            {
                var i = startOrder[taken];
                try { results[i] = compute(items[i], i); }
                catch (Exception e) { failures[i] = e; }
            }
        }
        var workers = Enumerable.Range(0, Math.Max(0, Math.Min(Environment.ProcessorCount, items.Count) - 1))
            .Select(_ => new Thread(Work, StackBytes) { IsBackground = true, Name = "concurrent work" }).ToArray();
        foreach (var worker in workers) worker.Start();
        Work();
        foreach (var worker in workers) worker.Join();
        if (Array.FindIndex(failures, f => f is not null) is var first and >= 0) ExceptionDispatchInfo.Capture(failures[first]!).Throw();
        return results;
    }
}
