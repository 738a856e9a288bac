namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// A formula with \pm stands for two formulas: every \pm takes + in the first and - in the second
/// (\mp the opposite), as in 1 \pm i\alpha. Checking a step with \pm checks both branches.
/// </summary>
public static class PlusMinusBranches
{
    public static bool Has(MathNode node) => node switch
    {
        BinaryNode { Operator: BinaryOperator.PlusMinus or BinaryOperator.MinusPlus } => true,
        _ => MathNodes.Children(node).Any(Has),
    };

    /// <summary>The branch where \pm is + (<paramref name="plus"/> true) or - (false).</summary>
    public static MathNode Take(MathNode node, bool plus) => node switch
    {
        BinaryNode { Operator: BinaryOperator.PlusMinus } b => b with { Operator = plus ? BinaryOperator.Add : BinaryOperator.Subtract, Left = Take(b.Left, plus), Right = Take(b.Right, plus) },
        BinaryNode { Operator: BinaryOperator.MinusPlus } b => b with { Operator = plus ? BinaryOperator.Subtract : BinaryOperator.Add, Left = Take(b.Left, plus), Right = Take(b.Right, plus) },
        BinaryNode b => b with { Left = Take(b.Left, plus), Right = Take(b.Right, plus) },
        NegateNode n => n with { Operand = Take(n.Operand, plus) },
        PowerNode p => p with { Base = Take(p.Base, plus), Exponent = Take(p.Exponent, plus) },
        TransposeNode t => t with { Operand = Take(t.Operand, plus) },
        FractionNode f => f with { Numerator = Take(f.Numerator, plus), Denominator = Take(f.Denominator, plus) },
        RootNode r => r with { Radicand = Take(r.Radicand, plus), Index = r.Index is null ? null : Take(r.Index, plus) },
        CallNode c => c with { Arguments = c.Arguments.Select(a => Take(a, plus)).ToArray() },
        ApplyNode a => a with { Arguments = a.Arguments.Select(x => Take(x, plus)).ToArray() },
        BigOperatorNode s => s with { Body = Take(s.Body, plus) },
        ExpectationNode e => e with { Body = Take(e.Body, plus) },
        DerivativeNode d => d with { Body = Take(d.Body, plus) },
        MatrixNode m => m with { Rows = m.Rows.Select(r => (IReadOnlyList<MathNode>)r.Select(x => Take(x, plus)).ToArray()).ToArray() },
        _ => node,
    };
}
