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
        DerivativeNode d => [d.Body],
        MatrixNode m => m.Rows.SelectMany(r => r),
        _ => [],
    };

    /// <summary>The node and every node under it, depth first.</summary>
    public static IEnumerable<MathNode> SelfAndDescendants(MathNode node)
    {
        var pending = new Stack<MathNode>();
        pending.Push(node);
        while (pending.TryPop(out var next))
        {
            yield return next;
            foreach (var child in next is SetNode set ? set.Elements : Children(next)) pending.Push(child);
        }
    }
}
