using System.Runtime.CompilerServices;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>
/// The simplifier's rules that need a sign the symbols' facts alone do not give: |a| = ±a, sign(a),
/// H(a), dominated arguments of max/min, and log(a^r) = r log a for a positive base. Signs come from a
/// <see cref="SignReasoner"/> over the problem's assumptions. The checker simplifies on every step, so
/// one reasoner (and its range cache) is kept per Assumptions object, and the reasoner is asked only about
/// the arguments of those few functions, never about every node.
/// </summary>
internal sealed class SignRules
{
    private const int MaxExtremumArguments = 6;
    private static readonly ConditionalWeakTable<Assumptions.Assumptions, SignRules> PerAssumptions = new();

    private readonly SignReasoner reasoner;

    private SignRules(Assumptions.Assumptions assumptions) => reasoner = new SignReasoner(assumptions);

    public static SignRules For(Assumptions.Assumptions assumptions) => PerAssumptions.GetValue(assumptions, a => new SignRules(a));

    /// <summary>The node with one sign rule applied, or the node itself.</summary>
    public Expr Apply(Expr node) => node is not Function f ? node : f.Which switch
    {
        FunctionKind.Abs => Abs(f),
        FunctionKind.Sign => reasoner.IsPositive(f.Argument) == Truth.True ? Number.One
            : reasoner.IsNegative(f.Argument) == Truth.True ? Number.MinusOne
            : reasoner.IsZero(f.Argument) == Truth.True ? Number.Zero : node,
        FunctionKind.Heaviside => reasoner.IsPositive(f.Argument) == Truth.True ? Number.One
            : reasoner.IsNegative(f.Argument) == Truth.True ? Number.Zero : node,
        FunctionKind.Max or FunctionKind.Min => Extremum(f),
        _ => node,
    };

    /// <summary>log(a^r) = r log a and log(ab) = log a + log b where the reasoner proves the pieces positive.</summary>
    public Expr ExpandLog(Expr node) =>
        node is Function { Which: FunctionKind.Log } ? Rewrite.ExpandLog(node, IsPositive) : node;

    /// <summary>Every log in <paramref name="e"/> split as in <see cref="ExpandLog"/>; sums are rebuilt, so like terms meet.</summary>
    public Expr ExpandLogs(Expr e) => e.TransformShared(ExpandLog);

    private bool IsPositive(Expr e) => reasoner.IsPositive(e) == Truth.True;

    private Expr Abs(Function f)
    {
        if (reasoner.IsNonnegative(f.Argument) == Truth.True) return f.Argument;
        if (reasoner.IsNonpositive(f.Argument) == Truth.True) return Build.Neg(f.Argument);
        return f;
    }

    /// <summary>Drops an argument another one provably dominates (max(a, b) = a when a - b ≥ 0).</summary>
    private Expr Extremum(Function f)
    {
        var args = f.Arguments.ToList();
        if (args.Count < 2 || args.Count > MaxExtremumArguments) return f;
        var isMax = f.Which == FunctionKind.Max;
        for (var j = args.Count - 1; j >= 0; j--)
            for (var k = 0; k < args.Count; k++)
            {
                if (k == j) continue;
                var margin = isMax ? Build.Sub(args[k], args[j]) : Build.Sub(args[j], args[k]);
                if (reasoner.IsNonnegative(margin) != Truth.True) continue;
                args.RemoveAt(j);
                break;
            }
        return args.Count == f.Arguments.Count ? f : isMax ? Build.Max(args) : Build.Min(args);
    }
}
