namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// A formula with \pm stands for two formulas: every \pm takes + in the first and - in the second
/// (\mp the opposite), as in 1 \pm i\alpha. Checking a step with \pm checks both branches. A name defined as
/// a \pm expression (\lambda, after \lambda = 1 \pm i\alpha solved the equation before it) stands for both too.
/// </summary>
public static class PlusMinusBranches
{
    public static bool Has(MathNode node, LatexContext? context = null) => node switch
    {
        BinaryNode { Operator: BinaryOperator.PlusMinus or BinaryOperator.MinusPlus } => true,
        NameNode n when BranchedDefinition(n, context) is not null => true,
        _ => MathNodes.Children(node).Any(c => Has(c, context)),
    };

    /// <summary>The branch where \pm is + (<paramref name="plus"/> true) or - (false).</summary>
    public static MathNode Take(MathNode node, bool plus, LatexContext? context = null) => MathNodes.Rewrite(node, n => n switch
    {
        BinaryNode { Operator: BinaryOperator.PlusMinus } b => b with { Operator = plus ? BinaryOperator.Add : BinaryOperator.Subtract, Left = Take(b.Left, plus, context), Right = Take(b.Right, plus, context) },
        BinaryNode { Operator: BinaryOperator.MinusPlus } b => b with { Operator = plus ? BinaryOperator.Subtract : BinaryOperator.Add, Left = Take(b.Left, plus, context), Right = Take(b.Right, plus, context) },
        NameNode name when BranchedDefinition(name, context) is { } body => Take(body, plus),
        _ => null,
    });

    private static MathNode? BranchedDefinition(NameNode name, LatexContext? context) =>
        context?.DefinitionOf(name.Key) is { Body: var body } && Has(body) ? body : ConjugateOfBranched(name, context);

    /// <summary>
    /// \bar{\lambda} for \lambda defined as a \pm expression (1 \pm i\alpha, the roots of an equation solved): the conjugate of that
    /// expression, whose branches are the conjugates of \lambda's (1 \mp i\alpha), as the lowering reads \bar{\lambda} for a name with a
    /// single value that is not real. Whether the roots are real shows only once lowered ((2 \pm \sqrt{-4\alpha^2})/2 has no i written),
    /// so a real pair is its own conjugate here. Null for another name.
    /// </summary>
    private static MathNode? ConjugateOfBranched(NameNode name, LatexContext? context)
    {
        if (context is null || LatexLowering.Unbarred(name, context) is not { } plain || context.DefinitionOf(plain.Key) is not { Body: var body } || !Has(body)) return null;
        return new CallNode("conj", [body], null, null, name.Span, name.Start, name.End);
    }
}
