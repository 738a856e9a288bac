using System.Globalization;
using System.Text;

namespace Ift6135.Sym.Checking.Reports;

/// <summary>
/// The terminal form of a report: per chain, each step as "file:line:col: verdict (method)  left rel right",
/// the source line under it, a counterexample or a detail when there is one, then the summary.
/// </summary>
public static class TextReportFormatter
{
    public static string Format(CheckReport report, IReadOnlyList<string>? sourceLines = null)
    {
        var sb = new StringBuilder();
        foreach (var chain in report.Chains)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{report.File}:{chain.Line}:{chain.Column}: chain in {chain.Environment}").AppendLine();
            foreach (var step in chain.Steps) Step(sb, report.File, step, sourceLines);
            if (chain.Conclusion is { } c)
            {
                sb.Append("  conclusion: ");
                sb.Append(CultureInfo.InvariantCulture, $"{Shorten(c.Left)} {c.Relation} {Shorten(c.Right)}  [{Verdict(c)}]").AppendLine();
                Details(sb, c);
            }
            sb.AppendLine();
        }
        foreach (var e in report.Errors)
        {
            // Through ParseError.Format, which shows only a window of a very long source line.
            var located = new Symbolic.Parsing.ParseError("error: " + e.Message, new Symbolic.Parsing.SourceSpan(e.Line, Math.Max(1, e.Column), 1), e.SourceLine);
            sb.AppendLine(located.Format(report.File));
        }
        if (report.Chains.Count == 0 && report.Errors.Count == 0)
            sb.Append(CultureInfo.InvariantCulture, $"{report.File}: no derivation found (no display math, and no inline math stating a relation such as = or \\le)").AppendLine();
        var s = report.Summary;
        sb.Append(CultureInfo.InvariantCulture,
            $"{s.Valid} valid, {s.Invalid} invalid, {s.Unknown} unknown, {s.NotChecked} not checked, {s.Definitions} definition(s), {s.Errors} input error(s)").AppendLine();
        return sb.ToString();
    }

    private static void Step(StringBuilder sb, string file, StepReport step, IReadOnlyList<string>? lines)
    {
        sb.Append(CultureInfo.InvariantCulture, $"  {file}:{step.Line}:{step.Column}: {Verdict(step)}  {Shorten(step.Left)} {step.Relation} {Shorten(step.Right)}").AppendLine();
        if (lines is not null && step.Line >= 1 && step.Line <= lines.Count) sb.Append("    | ").AppendLine(Shorten(lines[step.Line - 1].TrimEnd()));
        Details(sb, step);
    }

    /// <summary>
    /// A terminal line stays readable: a side of thousands of characters (a 10,000-digit number) is shown by its
    /// ends with the count of what was left out; --format json keeps the full text.
    /// </summary>
    private static string Shorten(string text, int max = 240)
    {
        // A side written over two lines (multline, a long align row) is shown on one: the report's line stays one step.
        text = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= max) return text;
        var keep = (max - 20) / 2;
        return $"{text[..keep]} … ({text.Length - 2 * keep} characters) … {text[^keep..]}";
    }

    private static void Details(StringBuilder sb, StepReport step)
    {
        if (step.Counterexample is { } ce)
        {
            // The functions put for undefined ones (f(t) = 0) come first: the point's values are about that instance.
            var values = string.Join(", ", (ce.Functions ?? []).Concat(ce.PointText()));
            // Sides without a variable (1 + 1 = 3) have no point to show, only their values.
            if (values.Length == 0) sb.Append(CultureInfo.InvariantCulture, $"    the sides' values: left = {ce.Left}, right = {ce.Right}").AppendLine();
            else sb.Append(CultureInfo.InvariantCulture, $"    counterexample: {values}; left = {ce.Left}, right = {ce.Right}").AppendLine();
        }
        if (step.Justification is { Length: > 0 } j) sb.Append("    justification: ").AppendLine(j);
        if (step.Detail is { Length: > 0 } d) sb.Append("    ").AppendLine(d);
    }

    private static string Verdict(StepReport s) => s.Status switch
    {
        StepStatus.Valid when s.Method == "numeric" =>
            string.Create(CultureInfo.InvariantCulture, $"valid (numeric, {s.Points} points, seed {s.Seed})"),
        StepStatus.Valid => $"valid ({s.Method})",
        StepStatus.Invalid => "INVALID",
        StepStatus.Unknown => "unknown",
        StepStatus.NotChecked when s.Detail is StepOutcome.ArguedDetail or StepOutcome.ArguedConclusionDetail => "not checked (argued)",
        StepStatus.NotChecked => "not checked (logical step)",
        StepStatus.Definition => "definition",
        _ => "error",
    };
}
