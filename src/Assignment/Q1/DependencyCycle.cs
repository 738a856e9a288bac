namespace Ift6135.Sym.Assignment.Q1;

/// <summary>
/// Whether some generation order, raster or not, is consistent with a stack: one exists exactly when the
/// relation "output pixel p depends on input pixel q", over the whole grid, has no cycle (a pixel in its own
/// field is the shortest cycle). The target alone cannot tell: it may miss itself while two other pixels
/// depend on each other, and then no model built from the stack is autoregressive.
/// </summary>
public static class DependencyCycle
{
    /// <summary>A cycle p1, p2, ..., p1 (each depends on the next), the first met in the grid's order; null when there is none.</summary>
    public static IReadOnlyList<Pixel>? Find(IReadOnlyList<(Pixel Pixel, IReadOnlyList<Pixel> Field)> fields)
    {
        var reads = fields.ToDictionary(f => f.Pixel, f => f.Field);
        var state = new Dictionary<Pixel, bool>();   // false: on the current path; true: finished, on no cycle
        foreach (var (start, _) in fields)
            if (!state.ContainsKey(start) && Walk(start, reads, state, []) is { } cycle) return cycle;
        return null;
    }

    /// <summary>Depth-first from <paramref name="p"/>; the path is the chain of dependencies that led to it.</summary>
    private static IReadOnlyList<Pixel>? Walk(Pixel p, IReadOnlyDictionary<Pixel, IReadOnlyList<Pixel>> reads, Dictionary<Pixel, bool> state, List<Pixel> path)
    {
        state[p] = false;
        path.Add(p);
        foreach (var q in reads[p])
        {
            if (!state.TryGetValue(q, out var finished)) { if (Walk(q, reads, state, path) is { } cycle) return cycle; }
            else if (!finished) return [.. path.Skip(path.IndexOf(q)), q];
        }
        path.RemoveAt(path.Count - 1);
        state[p] = true;
        return null;
    }

    /// <summary>"11 depends on 22, which depends on 11".</summary>
    public static string Describe(IReadOnlyList<Pixel> cycle) =>
        $"{cycle[0].Label} depends on {cycle[1].Label}" + string.Concat(cycle.Skip(2).Select(p => $", which depends on {p.Label}"));
}
