namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>Walking a <see cref="MathNode"/> tree: the direct operands of a node, and every node under it.</summary>
public static class MathNodes
{
    /// <summary>
    /// The operands of a node (the power written on a function name and the bounds of a sum are not operands;
    /// nor are a set's elements: a set is a whole side, whose ± is not split into branches).
    /// </summary>
    public static IEnumerable<MathNode> Children(MathNode node) => node switch
    {
        BinaryNode b => [b.Left, b.Right],
        NegateNode n => [n.Operand],
        PowerNode p => [p.Base, p.Exponent],
        TransposeNode t => [t.Operand],
        FractionNode f => [f.Numerator, f.Denominator],
        RootNode r => r.Index is null ? [r.Radicand] : [r.Radicand, r.Index],
        CallNode c => c.Arguments,
        ApplyNode a => a.Arguments,
        BigOperatorNode s => [s.Body],
        ExpectationNode e => [e.Body],
        IntegralNode i => [i.Body],
        ArgOptimumNode a => [a.Body],
        DerivativeNode d => [d.Body],
        MatrixNode m => m.Rows.SelectMany(r => r),
        _ => [],
    };

    /// <summary>The node and every node under it, depth first.</summary>
    public static IEnumerable<MathNode> SelfAndDescendants(MathNode node)
    {
        var all = new List<MathNode>();
        ForEach(node, all.Add);
        return all;
    }

    /// <summary>
    /// <paramref name="visit"/> on the node and every node under it, in the order of <see cref="SelfAndDescendants"/>:
    /// for the walks done at every step (the names a formula writes), where an iterator and LINQ over it cost more than the work.
    /// </summary>
    public static void ForEach(MathNode node, Action<MathNode> visit)
    {
        var pending = new Stack<MathNode>();
        pending.Push(node);
        while (pending.TryPop(out var next))
        {
            visit(next);
            foreach (var child in next is SetNode set ? set.Elements : Children(next)) pending.Push(child);
        }
    }

    /// <summary>
    /// The tree with each node for which <paramref name="replace"/> gives a node put in its place (its operands are then not
    /// visited); the operands of <see cref="Children"/> are rewritten, the rest of a node (a sum's bounds, a name's subscript) kept.
    /// </summary>
    public static MathNode Rewrite(MathNode node, Func<MathNode, MathNode?> replace)
    {
        if (replace(node) is { } replaced) return replaced;
        MathNode R(MathNode n) => Rewrite(n, replace);
        return node switch
        {
            BinaryNode b => b with { Left = R(b.Left), Right = R(b.Right) },
            NegateNode n => n with { Operand = R(n.Operand) },
            PowerNode p => p with { Base = R(p.Base), Exponent = R(p.Exponent) },
            TransposeNode t => t with { Operand = R(t.Operand) },
            FractionNode f => f with { Numerator = R(f.Numerator), Denominator = R(f.Denominator) },
            RootNode r => r with { Radicand = R(r.Radicand), Index = r.Index is null ? null : R(r.Index) },
            CallNode c => c with { Arguments = c.Arguments.Select(R).ToArray() },
            ApplyNode a => a with { Arguments = a.Arguments.Select(R).ToArray() },
            BigOperatorNode s => s with { Body = R(s.Body) },
            ExpectationNode e => e with { Body = R(e.Body) },
            IntegralNode i => i with { Body = R(i.Body) },
            ArgOptimumNode a => a with { Body = R(a.Body) },
            DerivativeNode d => d with { Body = R(d.Body) },
            MatrixNode m => m with { Rows = m.Rows.Select(r => (IReadOnlyList<MathNode>)r.Select(R).ToArray()).ToArray() },
            _ => node,
        };
    }
}
