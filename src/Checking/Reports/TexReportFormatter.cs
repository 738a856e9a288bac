using System.Globalization;
using System.Text;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Checking.Reports;

/// <summary>
/// The `--format tex` report: a LaTeX document that compiles on its own (amsmath, xcolor), one section per
/// chain, and per step its place, its verdict (coloured and in words), the two sides and the relation, the
/// method of a valid step, the counterexample of an invalid one. Every formula is re-printed by the engine
/// from what the checker read, never copied from the source: a misreading shows, and the student's TeX
/// never runs. Source text that must appear (file name, justifications, messages) is escaped as text.
/// </summary>
public static class TexReportFormatter
{
    public static string Format(CheckReport report)
    {
        var sb = new StringBuilder();
        Preamble(sb, report);
        foreach (var chain in report.Chains)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\\subsection*{{Line {chain.Line}: {Text(chain.Environment)}}}\n\n");
            foreach (var step in chain.Steps) Step(sb, step, "Step");
            if (chain.Conclusion is { } c) Step(sb, c, "Conclusion");
        }
        if (report.Errors.Count > 0)
        {
            sb.Append("\\subsection*{Input errors}\n\\begin{itemize}\n");
            foreach (var e in report.Errors)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\item {Place(e.Line, e.Column)}: {Text(e.Message)}");
                if (e.SourceLine.Trim().Length > 0) sb.Append("\\\\\n\\texttt{").Append(Text(Shorten(e.SourceLine.Trim()))).Append('}');
                sb.Append('\n');
            }
            sb.Append("\\end{itemize}\n\n");
        }
        if (report.Chains.Count == 0 && report.Errors.Count == 0) sb.Append("No derivation was found in this file.\n\n");
        sb.Append("\\end{document}\n");
        return sb.ToString();
    }

    private static void Preamble(StringBuilder sb, CheckReport report)
    {
        var s = report.Summary;
        sb.Append("""
            \documentclass[11pt]{article}
            \usepackage[T1]{fontenc}
            \usepackage{amsmath,amssymb}
            \usepackage{xcolor}
            \usepackage[margin=2cm]{geometry}
            \allowdisplaybreaks
            \setlength{\parindent}{0pt}
            \definecolor{checkvalid}{rgb}{0,0.45,0}
            \definecolor{checkinvalid}{rgb}{0.75,0,0}
            \definecolor{checkunknown}{rgb}{0.7,0.4,0}
            \definecolor{checkother}{rgb}{0.3,0.3,0.3}
            \newcommand{\verdict}[2]{\textcolor{#1}{\textbf{#2}}}
            \begin{document}

            """.Replace("\r", "", StringComparison.Ordinal));
        sb.Append("\\section*{Check of ").Append(Text(report.File)).Append("}\n\n");
        sb.Append(CultureInfo.InvariantCulture,
            $"{s.Valid} valid, {s.Invalid} invalid, {s.Unknown} unknown, {s.NotChecked} not checked, {s.Definitions} definition(s), {s.Errors} input error(s).\n\n");
        sb.Append("Every formula below is printed by the checker from what it read (not copied from the file): compare it with the source to spot a misreading.\n\n");
    }

    private static void Step(StringBuilder sb, StepReport step, string what)
    {
        sb.Append(CultureInfo.InvariantCulture, $"\\medskip\n{what}, {Place(step.Line, step.Column)}: {Verdict(step)}\n");
        sb.Append(Formula(step)).Append('\n');
        if (step.Counterexample is { } ce) Counterexample(sb, ce);
        if (step.Justification is { Length: > 0 } j) sb.Append("Justification: \\emph{").Append(Text(j)).Append("}\\par\n");
        if (step.Detail is { Length: > 0 } d) sb.Append("{\\small ").Append(Text(d)).Append("}\\par\n");
        sb.Append('\n');
    }

    /// <summary>The step as the engine printed it; a side it could not read (or print) is said in words.</summary>
    private static string Formula(StepReport step)
    {
        if (step.LeftLatex is null && step.RightLatex is null)
            return "\\par{\\small (" + step.Status switch
            {
                StepStatus.NotChecked => "a logical step between statements",
                // A matrix of undetermined size, or a side that ran out of time: the note under the step says which.
                StepStatus.Unknown => "the sides are not re-printed; see the note below",
                // Large declared matrices: the step was decided on drawn integer matrices, which the note names.
                StepStatus.Valid or StepStatus.Invalid => "the sides, with large matrices, are not re-printed; see the note below for how they were checked",
                _ => "the sides could not be read; see the input errors",
            } + ")}\\par";
        return $"\\[ {Side(step.LeftLatex)} {Relation(step.Relation)} {Side(step.RightLatex)} \\]";
    }

    private static string Side(string? latex) => latex ?? @"\text{(not read)}";

    private static void Counterexample(StringBuilder sb, CounterexampleReport ce)
    {
        sb.Append("Counterexample: ");
        if (ce.Printed is { Count: > 0 } values)
            sb.Append("at \\(").Append(string.Join(",\\ ", values.Select(v => $"{v.Name} = {v.Value}"))).Append("\\), ");
        sb.Append("the left side is \\(").Append(ce.LeftLatex ?? Text(ce.Left)).Append("\\) and the right side \\(").Append(ce.RightLatex ?? Text(ce.Right)).Append("\\).\\par\n");
    }

    private static string Verdict(StepReport s) => s.Status switch
    {
        StepStatus.Valid when s.Method == "numeric" =>
            string.Create(CultureInfo.InvariantCulture, $"\\verdict{{checkvalid}}{{valid}} (numeric test at {s.Points} points, seed {s.Seed})"),
        StepStatus.Valid => $"\\verdict{{checkvalid}}{{valid}} ({Text(s.Method ?? "")})",
        StepStatus.Invalid => "\\verdict{checkinvalid}{INVALID}",
        StepStatus.Unknown => "\\verdict{checkunknown}{unknown} (a teaching assistant should look)",
        StepStatus.NotChecked when s.Detail is StepOutcome.ArguedDetail or StepOutcome.ArguedConclusionDetail => "\\verdict{checkother}{not checked} (argued)",
        StepStatus.NotChecked => "\\verdict{checkother}{not checked} (logical step)",
        StepStatus.Definition => "\\verdict{checkother}{definition}",
        _ => "\\verdict{checkinvalid}{error}",
    };

    /// <summary>The report's relation symbol as LaTeX; anything else is shown as escaped text, never as TeX.</summary>
    private static string Relation(string symbol) => symbol switch
    {
        "=" => "=",
        "≠" => @"\neq",
        "<" => "<",
        "≤" => @"\le",
        ">" => ">",
        "≥" => @"\ge",
        "≈" => @"\approx",
        "⇒" => @"\implies",
        "⇔" => @"\iff",
        "⇐" => @"\impliedby",
        ":=" => @"\mathrel{:=}",
        "∈" => @"\in",
        "→" => @"\to",
        "↦" => @"\mapsto",
        _ => $@"\mathrel{{\text{{{Text(symbol)}}}}}",
    };

    private static string Place(int line, int column) => string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");

    private static string Text(string s) => TexPlainText.Escape(s);

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200] + " ...";
}
