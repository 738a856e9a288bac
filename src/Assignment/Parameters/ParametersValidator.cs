using System.Text.RegularExpressions;
using Ift6135.Sym.Assignment.Q1;
using Ift6135.Sym.Assignment.Q6;
using Ift6135.Sym.Assignment.Questions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>A parameter value that is well-formed JSON but unusable: where (a JSON path) and why.</summary>
public sealed record ParameterProblem(string Path, string Message, int ColumnInValue = 0);

/// <summary>Checks the meaning of the parameters; each problem names the JSON path of the bad value.</summary>
public static partial class ParametersValidator
{
    public const int MaxSigmoidComponents = 50;

    public static IReadOnlyList<ParameterProblem> Validate(AssignmentParameters p)
    {
        var problems = new List<ParameterProblem>();
        ValidateQ1(p.Q1, problems);
        if (p.Q2.WorkedDimension is < 1 or > 6) problems.Add(new("$.q2.workedDimension", "the worked dimension K must be between 1 and 6"));
        problems.AddRange(Question34ParameterChecks.Problems(p.Q3, p.Q4));
        // The weights are sampled on the simplex together (any N); 50 keeps 5.2's formulas on a page.
        if (p.Q5.SigmoidComponents is < 1 or > MaxSigmoidComponents) problems.Add(new("$.q5.sigmoidComponents", $"the number of sigmoid components N must be between 1 and {MaxSigmoidComponents}"));
        ValidateQ6(p.Q6, problems);
        ValidatePoints(p.Points, problems);
        return problems;
    }

    private static void ValidateQ1(Q1Parameters q, List<ParameterProblem> problems)
    {
        if (q.GridSize is < 1 or > 9) problems.Add(new("$.q1.gridSize", "the grid size must be between 1 and 9 (pixels are named by two digits)"));
        if (q.KernelSize < 1 || q.KernelSize % 2 == 0) problems.Add(new("$.q1.kernelSize", "the kernel size must be odd and positive"));
        if (q.Padding < 0) problems.Add(new("$.q1.padding", "the padding cannot be negative"));
        if (q.Stride < 1) problems.Add(new("$.q1.stride", "the stride must be at least 1"));
        if (problems.Count > 0) return;
        // The output is (grid + 2 padding - kernel) / stride + 1 wide: the grid's own size only at stride 1 and padding (kernel - 1) / 2.
        // Reported at the key to change (the whole of q1 was pointed at).
        const string why = "the layers must keep the grid size so that pixels of input and output correspond";
        if (q.Stride != 1) problems.Add(new("$.q1.stride", $"the stride must be 1: {why}"));
        else if (2 * q.Padding != q.KernelSize - 1)
            problems.Add(new("$.q1.padding", $"the padding must be (kernel - 1) / 2 = {(q.KernelSize - 1) / 2} for a kernel of size {q.KernelSize}: {why}"));
        if (q.Target.Row < 1 || q.Target.Row > q.GridSize || q.Target.Column < 1 || q.Target.Column > q.GridSize)
            problems.Add(new("$.q1.target", $"the target pixel must lie in the {q.GridSize}x{q.GridSize} grid"));
        ValidateMasks(q, problems);
        for (var c = 0; c < q.Cases.Count; c++)
        {
            if (q.Cases[c].Count == 0) problems.Add(new($"$.q1.cases[{c}]", "a case needs at least one layer"));
            for (var l = 0; l < q.Cases[c].Count; l++)
                if (q.Masks.All(m => m.Name != q.Cases[c][l]))
                    problems.Add(new($"$.q1.cases[{c}][{l}]", $"no mask is named \"{q.Cases[c][l]}\""));
        }
        var parts = DefaultPoints.All.Count(d => d.Part.StartsWith("q1.", StringComparison.Ordinal));
        if (q.Cases.Count != parts) problems.Add(new("$.q1.cases", $"question 1 has {parts} sub-questions, so {parts} cases are needed, not {q.Cases.Count}"));
    }

    private static void ValidateMasks(Q1Parameters q, List<ParameterProblem> problems)
    {
        for (var m = 0; m < q.Masks.Count; m++)
        {
            var mask = q.Masks[m];
            var at = $"$.q1.masks[{m}]";
            if (!Identifier().IsMatch(mask.Name)) problems.Add(new($"{at}.name", "a mask name must be letters, then letters or digits"));
            if (q.Masks.Take(m).Any(o => o.Name == mask.Name)) problems.Add(new($"{at}.name", $"the mask name \"{mask.Name}\" is used twice"));
            if ((mask.Rules is null) == (mask.Matrix is null)) { problems.Add(new(at, "a mask needs exactly one of \"rules\" and \"matrix\"")); continue; }
            if (mask.Matrix is { } rows)
            {
                if (rows.Count != q.KernelSize || rows.Any(r => r.Count != q.KernelSize))
                    problems.Add(new($"{at}.matrix", $"the mask matrix must be {q.KernelSize}x{q.KernelSize}"));
                else if (rows.SelectMany(r => r).Any(v => v is not (0 or 1)))
                    problems.Add(new($"{at}.matrix", "the mask matrix entries must be 0 or 1"));
            }
            for (var r = 0; r < (mask.Rules?.Count ?? 0); r++)
            {
                try { MaskRule.Parse(mask.Rules![r]); }
                catch (MaskRuleException e) { problems.Add(new($"{at}.rules[{r}]", e.Message, e.Column)); }
            }
        }
    }

    private static void ValidateQ6(Q6Parameters q, List<ParameterProblem> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(q.Value)) problems.Add(new("$.q6.value", "V(d, g) must be a non-empty expression"));
        else ValidateValue(q.Value, problems);
        try { LearningRate.Read(q.LearningRate, new SymbolTable()); }
        catch (ParseException e) { problems.Add(new("$.q6.learningRate", $"the learning rate must be a symbol name (alpha) or a positive number (1/10); it cannot be read: {e.Error.Message}", e.Error.Span.Column)); }
        catch (ParameterUnsupportedException e) { problems.Add(e.Problem); }
        if (q.Optimizers.Count == 0) problems.Add(new("$.q6.optimizers", "at least one optimizer is needed"));
        if (q.Optimizers.Distinct().Count() != q.Optimizers.Count) problems.Add(new("$.q6.optimizers", "an optimizer is listed twice"));
        if (problems.Count > before) return;
        // Reading the game finds the stationary point: a V without exactly one is reported here, before any output is written.
        try { _ = new Q6Game(q); }
        catch (ParameterUnsupportedException e) { problems.Add(e.Problem); }
    }

    /// <summary>V must parse and use only d and g (the learning rate is not a variable of the game).</summary>
    private static void ValidateValue(string value, List<ParameterProblem> problems)
    {
        try
        {
            var table = new SymbolTable();
            var v = InfixParser.Parse(value, table);
            var stray = Substitution.FreeSymbols(v).Select(s => s.Name).Where(n => n is not ("d" or "g")).Distinct().ToArray();
            if (stray.Length > 0) problems.Add(new("$.q6.value", $"V(d, g) may only use d and g, not {string.Join(", ", stray)}"));
        }
        catch (ParseException e)
        {
            problems.Add(new("$.q6.value", $"V(d, g) cannot be read: {e.Error.Message}", e.Error.Span.Column));
        }
    }

    private static void ValidatePoints(IReadOnlyList<PartPoints> points, List<ParameterProblem> problems)
    {
        foreach (var expected in DefaultPoints.All)
            if (points.Count(p => p.Part == expected.Part) != 1)
                problems.Add(new("$.points", $"the sub-question {expected.Part} must be given points exactly once"));
        for (var i = 0; i < points.Count; i++)
        {
            if (DefaultPoints.All.All(d => d.Part != points[i].Part)) problems.Add(new($"$.points[{i}].part", $"there is no sub-question \"{points[i].Part}\""));
            if (points[i].Points < 0) problems.Add(new($"$.points[{i}].points", "points cannot be negative"));
        }
        if (problems.Count == 0 && points.Sum(p => p.Points) != 100)
            problems.Add(new("$.points", $"the points must sum to 100, not {points.Sum(p => p.Points)}"));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex Identifier();
}
