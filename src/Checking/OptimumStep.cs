using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// A step that compares a function at a name defined as its optimizer (q_i^* = \arg\max_{q \in Q} \mathcal{L}(\theta, q; x_i)) with the
/// same function at another argument: \mathcal{L}(\theta, q_i^*; x_i) \ge \mathcal{L}(\theta, q_{\phi^*}; x_i) holds by the definition,
/// where the other argument lies in the set the optimum is taken over, which the report says and the checker does not prove. Read
/// for any function, the step was refuted by a random instance of \mathcal{L}.
/// </summary>
internal static class OptimumStep
{
    public static StepOutcome? Decide(LatexContext context, Expr left, LatexRelation relation, Expr right)
    {
        if (relation is not (LatexRelation.GreaterOrEqual or LatexRelation.LessOrEqual)) return null;
        var (high, low) = relation == LatexRelation.GreaterOrEqual ? (left, right) : (right, left);
        foreach (var (key, definition) in context.ValueDefinitions)
        {
            if (definition.Body is not ArgOptimumNode optimum) continue;
            var (best, other) = optimum.Maximum ? (high, low) : (low, high);
            var marker = Symbol.Of("optimum·argument");
            Expr pattern;
            try
            {
                if (LatexLowering.LowerWithBound(optimum.Body, optimum.Variable.Key, marker, context, definition.Source).Scalar is not { } scalar) continue;
                pattern = scalar;
            }
            catch (ParseException) { continue; }
            if (Binding(pattern, marker, best) is not Symbol optimizer || !Names(optimizer, key)) continue;
            if (Binding(pattern, marker, other) is not { } argument) continue;
            var at = SidePrinter.Print(argument);
            var range = optimum.Domain is null ? "" : $" over {optimum.Variable.Key} \\in {optimum.Domain}";
            var where = optimum.Domain is null ? "" : $", where {at} lies in {optimum.Domain} (not checked)";
            return new StepOutcome(StepStatus.Valid, "optimality", null, null, null,
                $"{key} {(optimum.Maximum ? "maximizes" : "minimizes")} the function{range}, so its value there is "
                + $"{(optimum.Maximum ? "at least" : "at most")} its value at {at}{where}", KeepDetail: true);
        }
        return null;
    }

    /// <summary>
    /// <see cref="Decide"/> on the step as written, with the functions the optima apply left undefined: q_i^* maximizes
    /// \mathcal{L}(\theta, q_i; x_i) whatever \mathcal{L} is, and with the statement's ELBO given as its definition, L(\theta, q_i^*; x_i)
    /// and L(\theta, q_{\phi^*}; x_i) were read as two different expectations that no longer showed the one argument changed.
    /// Null when no optimum applies a defined function, or a side cannot be read so.
    /// </summary>
    public static StepOutcome? DecideWithFunctionsUndefined(LatexContext context, MathNode left, LatexSource leftSource, LatexRelation relation,
        MathNode right, LatexSource rightSource)
    {
        var defined = context.ValueDefinitions.Select(d => d.Value.Body).OfType<ArgOptimumNode>()
            .SelectMany(o => MathNodes.SelfAndDescendants(o.Body)).OfType<ApplyNode>().Select(a => a.Function.Key)
            .Where(key => context.FunctionDefinitionOf(key) is not null).Distinct().ToList();
        if (defined.Count == 0) return null;
        var plain = defined.Aggregate(context, (c, key) => c.WithoutFunctionDefinition(key));
        try { return Decide(plain, LatexLowering.LowerScalar(left, plain, leftSource), relation, LatexLowering.LowerScalar(right, plain, rightSource)); }
        catch (Exception e) when (LatexLowering.IsUnreadable(e))
        {
            return null;
        }
    }

    /// <summary>
    /// What <paramref name="e"/> puts where <paramref name="pattern"/> has <paramref name="marker"/>: the part of <paramref name="e"/> in the
    /// marker's place (found along the marker's path), when the pattern with it put in is <paramref name="e"/>; else null.
    /// </summary>
    private static Expr? Binding(Expr pattern, Symbol marker, Expr e)
    {
        var (p, candidate) = (pattern, e);
        while (!p.Equals(marker))
        {
            var at = -1;
            for (var i = 0; i < p.Args.Count && at < 0; i++)
                if (Substitution.FreeSymbols(p.Args[i]).Contains(marker)) at = i;
            if (at < 0 || candidate.GetType() != p.GetType() || candidate.Args.Count != p.Args.Count) return null;
            (p, candidate) = (p.Args[at], candidate.Args[at]);
        }
        return Substitution.Substitute(pattern, marker, candidate).Equals(e) ? candidate : null;
    }

    /// <summary>Whether <paramref name="s"/> is the symbol the name <paramref name="key"/> reads as (q_i^*, a plain name, an entry).</summary>
    private static bool Names(Symbol s, string key) =>
        s.Name == key || (s.IsIndexed && $"{s.Name}_{string.Join(",", s.Indices)}" == key);
}
