using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// \arg\max_\theta f = \arg\max_\theta g, the conclusion of Question 3.1: the two functions have the same maximizers when their difference
/// does not depend on \theta (E_q[\log p_\theta(x, z)] and \log p_\theta(x) - KL(q \| p_\theta(z \mid x)) differ by the entropy of q). An arg max
/// is otherwise only a name's definition, and the step was an input error.
/// </summary>
internal static class ArgOptimumEquality
{
    /// <summary>The step's verdict; null when it is not an equation between two optima of one kind over one variable.</summary>
    public static StepOutcome? Decide(MathNode left, LatexSource leftSource, LatexRelation relation, MathNode right, LatexSource rightSource, LatexContext context,
        Symbolic.Assumptions.Assumptions assumptions)
    {
        if (relation != LatexRelation.Equal || left is not ArgOptimumNode a || right is not ArgOptimumNode b
            || a.Maximum != b.Maximum || a.Variable.Key != b.Variable.Key || a.Domain != b.Domain) return null;
        var variable = Symbol.Of("optimum·variable");
        Expr difference;
        try
        {
            if (LatexLowering.LowerWithBound(a.Body, a.Variable.Key, variable, context, leftSource).Scalar is not { } f
                || LatexLowering.LowerWithBound(b.Body, b.Variable.Key, variable, context, rightSource).Scalar is not { } g) return null;
            difference = SymbolicPasses.Default(Build.Sub(f, g), assumptions);
        }
        catch (Exception e) when (LatexLowering.IsUnreadable(e))
        {
            return null;
        }
        var written = Symbolic.Printing.LatexNames.Identifier(a.Variable.Key);
        var optimizers = a.Maximum ? "maximizers" : "minimizers";
        if (DependsOn(difference, variable, a.Variable.Key))
            return StepOutcome.Unknown($"the two functions differ by {SidePrinter.Print(difference)}, which depends on {written}: their {optimizers} may differ; not decided");
        return new StepOutcome(StepStatus.Valid, "symbolic", null, null, null,
            $"the two functions differ by {SidePrinter.Print(difference)}, which does not depend on {written}: they have the same {optimizers}", KeepDetail: true);
    }

    /// <summary>
    /// Whether <paramref name="e"/> depends on the variable: as the symbol it was read as, or through a name written with it as a subscript,
    /// p_\theta of a family of densities.
    /// </summary>
    private static bool DependsOn(Expr e, Symbol variable, string key) =>
        e.Descendants().Any(d => d.Equals(variable)
            || (d is Apply apply && Subscripted(apply.Name, key)) || (d is Symbol s && Subscripted(s.Name, key)));

    private static bool Subscripted(string name, string key) =>
        name.Contains("_" + key, StringComparison.Ordinal) || name.Contains("_{" + key, StringComparison.Ordinal) || name.Contains("," + key, StringComparison.Ordinal);

}
