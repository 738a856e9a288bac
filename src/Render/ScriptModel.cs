using System.Globalization;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Verification;
using Scriban.Runtime;

namespace Ift6135.Sym.Render;

/// <summary>
/// The solution as Scriban script objects, filled by hand (no reflection, so it survives trimming
/// and NativeAOT). Every string handed to the templates is already valid LaTeX: text escaped, math printed.
/// </summary>
public static class ScriptModel
{
    public static ScriptObject Of(Solution solution)
    {
        var root = new ScriptObject
        {
            ["title"] = TexText.Escape(solution.Title),
            ["total_points"] = solution.TotalPoints,
            ["questions"] = Array(solution.Questions.Select(Question)),
            ["ledger"] = Array(solution.Ledger.Select(Ledger)),
            ["checks"] = Array(solution.SanityChecks.Select(Check)),
        };
        return root;
    }

    private static ScriptObject Question(Question q) => new()
    {
        ["number"] = q.Number,
        ["title"] = TexText.Escape(q.Title),
        ["points"] = q.Points,
        ["summary"] = MathLatex.Inline(q.Summary),
        ["setup"] = Array(q.Setup.Select(Block)),
        ["parts"] = Array(q.Parts.Select(Part)),
        ["closing"] = Array(q.Closing.Select(Block)),
    };

    private static ScriptObject Part(Part p) => new()
    {
        ["id"] = TexText.Escape(p.Id),
        ["number"] = TexText.Escape(p.Id.TrimStart('q')),
        ["title"] = TexText.Escape(p.Title),
        ["points"] = p.Points,
        ["restatement"] = MathLatex.Inline(p.Restatement),
        ["derived"] = p.Status == PartStatus.Derived,
        ["blocks"] = Array(p.Blocks.Select(Block)),
    };

    private static ScriptObject Block(Block b) => b switch
    {
        Prose p => Kind("prose", ("text", MathLatex.Inline(p.Text))),
        Formula f => Kind("formula", ("math", MathLatex.Print(f.Math)), ("caption", Caption(f.Caption))),
        Chain c => Chain(c),
        // The machine form is shown when it is short; it is always in solutions.json.
        Result r => Kind("result", ("text", MathLatex.Inline(r.Statement)), ("machine", r.Machine.Canonical.Length <= MachineFormShown ? TexText.Escape(r.Machine.Canonical) : "")),
        Figure f => Figure(f),
        Table t => Kind("table",
            ("header", Array(t.Header.Select(h => (object)MathLatex.Inline(h)))),
            ("rows", Array(t.Rows.Select(r => (object)Array(r.Select(c => (object)MathLatex.Inline(c)))))),
            ("columns", t.Header.Count),
            ("caption", Caption(t.Caption))),
        _ => throw new NotSupportedException($"No rendering for the block {b.GetType().Name}."),
    };

    private const int MachineFormShown = 90;

    private static ScriptObject Chain(Chain c) => Kind("chain",
        ("start", MathLatex.Print(c.Start)),
        ("caption", Caption(c.Caption)),
        ("steps", Array(c.Steps.Select(s => (object)new ScriptObject
        {
            ["relation"] = MathLatex.RelationSign(s.Relation),
            ["math"] = MathLatex.Print(s.Expression),
            ["why"] = TexText.Escape(s.Justification.Text),
            ["logical"] = s.Justification.IsLogical,
            ["method"] = MethodName(s.Check.Method),
        }))));

    private static ScriptObject Figure(Figure f) => f.Data switch
    {
        GridFigure g => Kind("grids", ("grids", Array([Grid(g)])), ("caption", MathLatex.Inline(f.Caption))),
        GridPanel p => Kind("grids", ("grids", Array(p.Grids.Select(Grid))), ("caption", MathLatex.Inline(f.Caption))),
        PlotFigure p => Kind("plot",
            ("xlabel", TexText.Escape(p.XLabel)), ("ylabel", TexText.Escape(p.YLabel)), ("caption", MathLatex.Inline(f.Caption)),
            ("series", Array(p.Series.Select(s => (object)new ScriptObject
            {
                ["name"] = TexText.Escape(s.Name),
                ["coordinates"] = string.Join(" ", s.Points.Select(pt => $"({Num(pt.X)},{Num(pt.Y)})")),
            })))),
        _ => throw new NotSupportedException($"No rendering for the figure {f.Data.GetType().Name}."),
    };

    private static object Grid(GridFigure g) => new ScriptObject
    {
        ["title"] = TexText.Escape(g.Title),
        ["rows"] = g.Rows,
        ["columns"] = g.Columns,
        ["cells"] = Array(from r in Enumerable.Range(1, g.Rows)
                          from c in Enumerable.Range(1, g.Columns)
                          select (object)new ScriptObject
                          {
                              ["row"] = r,
                              ["column"] = c,
                              ["label"] = TexText.Escape(r < 10 && c < 10 ? $"{r}{c}" : $"{r},{c}"),
                              ["shaded"] = g.Shaded.Contains((r, c)),
                              ["marked"] = g.Marked == (r, c),
                          }),
    };

    private static ScriptObject Ledger(LedgerEntry e) => new()
    {
        ["part"] = TexText.Escape(e.PartId),
        ["step"] = TexText.Escape(e.Step),
        ["math"] = MathLatex.Print(e.Left) + " " + MathLatex.RelationSign(e.Relation) + " " + MathLatex.Print(e.Right),
        ["method"] = MethodName(e.Method),
        ["points"] = e.Points,
        ["seed"] = e.Seed,
        ["detail"] = TexText.Escape(e.Detail),
    };

    private static ScriptObject Check(SanityCheck c) => new()
    {
        ["part"] = TexText.Escape(c.PartId),
        ["description"] = TexText.Escape(c.Description),
        ["passed"] = c.Passed,
        ["detail"] = TexText.Escape(c.Detail),
    };

    private static string MethodName(StepMethod m) => m switch
    {
        StepMethod.Symbolic => "symbolic",
        StepMethod.SignReasoning => "sign reasoning",
        StepMethod.Numeric => "numeric sampling",
        StepMethod.Exhaustive => "exhaustive",
        StepMethod.Logical => "logical (argued)",
        _ => "none",
    };

    private static string Caption(Inline? caption) => caption is null ? "" : MathLatex.Inline(caption);

    private static string Num(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);

    private static ScriptObject Kind(string kind, params (string Key, object Value)[] members)
    {
        var o = new ScriptObject { ["kind"] = kind };
        foreach (var (k, v) in members) o[k] = v;
        return o;
    }

    private static ScriptArray Array(IEnumerable<object> items)
    {
        var a = new ScriptArray();
        foreach (var i in items) a.Add(i);
        return a;
    }
}
