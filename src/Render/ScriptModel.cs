using System.Globalization;
using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Printing;
using Scriban.Runtime;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Render;

/// <summary>
/// The solution as Scriban script objects, filled by hand (no reflection, so it survives trimming
/// and NativeAOT). Every string handed to the templates is already valid LaTeX: text escaped, math printed.
/// </summary>
public static class ScriptModel
{
    /// <summary>
    /// The model of a solution, printed here. Without <paramref name="appendix"/> (the student edition, which shows no appendix)
    /// the rows of the appendix are left empty rather than printed for nothing.
    /// </summary>
    public static ScriptObject Of(Solution solution, bool appendix = true)
    {
        // Printing a question's formulas reads only that question: the questions are printed concurrently, in document order.
        var questions = Concurrently.Map(solution.Questions, (q, _) => (Body: Body(q, new PrintedMath()), Names: Declarations.NamesOf(q)));
        var ledgerMath = new PrintedMath();
        return Assemble(questions.Select(q => q.Body).ToArray(), questions.Select(q => q.Names).ToArray(), solution,
            appendix ? solution.Ledger.Select(e => Ledger(e, ledgerMath)) : [], appendix ? solution.SanityChecks.Select(Check) : []);
    }

    /// <summary>
    /// The model of a solution whose questions were each printed by <see cref="Prepare"/> as soon as it was derived
    /// (<see cref="SolutionDeriver.Derive{TShown}"/>): the same objects <see cref="Of(Solution)"/> makes, the printing done already.
    /// </summary>
    public static ScriptObject Of(Solution solution, IReadOnlyList<QuestionModel> prepared)
    {
        if (prepared.Count != solution.Questions.Count)
            throw new ArgumentException($"{prepared.Count} prepared questions for a solution of {solution.Questions.Count}.", nameof(prepared));
        return Assemble(prepared.Select(p => p.Body).ToArray(), prepared.Select(p => p.Names).ToArray(), solution,
            prepared.SelectMany(p => p.Ledger), prepared.SelectMany(p => p.Checks));
    }

    /// <summary>
    /// What of the model reads one question and its own log only: its blocks, the names its declarations are made of, and the appendix
    /// rows of its steps and checks (the solution's ledger is the questions' logs joined in order, so these rows, joined in order, are the appendix's).
    /// </summary>
    public static QuestionModel Prepare(Question q, DerivationLog log)
    {
        // The appendix rows of a chain's steps print the chain's own items: one printing serves both.
        var math = new PrintedMath();
        return new(Body(q, math), Declarations.NamesOf(q), log.Ledger.Select(e => Ledger(e, math)).ToArray(), log.SanityChecks.Select(Check).ToArray());
    }

    /// <summary>The root object; the declarations of each question are added here, since they depend on the functions of the whole document.</summary>
    private static ScriptObject Assemble(IReadOnlyList<ScriptObject> bodies, IReadOnlyList<QuestionNames> names, Solution solution,
        IEnumerable<ScriptObject> ledger, IEnumerable<ScriptObject> checks)
    {
        var documentFunctions = Declarations.FunctionsOf(names);
        for (var i = 0; i < bodies.Count; i++)
            bodies[i]["declarations"] = Array(Declarations.Lines(names[i], documentFunctions).Select(d => (object)d));
        NumberEquations(bodies);
        return new ScriptObject
        {
            ["title"] = TexPlainText.Escape(solution.Title),
            ["total_points"] = solution.TotalPoints,
            ["questions"] = Array(bodies),
            ["ledger"] = Array(ledger),
            ["checks"] = Array(checks),
        };
    }

    /// <summary>
    /// Equations are numbered through the whole document, not from (1) in every chain: each chain gets the number of its
    /// first step here, in the order the templates print the blocks (a question's setup, its parts, its closing), and each
    /// question the number its steps start from. With the numbers in the model, each question can be typeset on its own,
    /// concurrently with the others.
    /// </summary>
    private static void NumberEquations(IReadOnlyList<ScriptObject> bodies)
    {
        var next = 1;
        foreach (var body in bodies)
        {
            body["first_number"] = next;
            var first = next;
            next += NumberChains(body, offset => first + offset);
        }
    }

    /// <summary>
    /// The chains of a question numbered from 0 (<see cref="EquationNumber"/>), as typeset before the questions ahead of it are counted;
    /// the document's rendering numbers them again through the whole document (<see cref="NumberEquations"/>).
    /// </summary>
    internal static void NumberEquationsAlone(ScriptObject body) => NumberChains(body, offset => new EquationNumber(offset));

    /// <summary>Gives each chain of the question the number of its first step, from the count of the question's steps before it; the question's count of steps.</summary>
    private static int NumberChains(ScriptObject body, Func<int, object> number)
    {
        var steps = 0;
        // A part not yet derived prints no blocks (part.tex.scriban), and has none.
        var parts = Objects(body, "parts").Where(p => Member<bool>(p, "derived")).SelectMany(p => Objects(p, "blocks"));
        foreach (var block in Objects(body, "setup").Concat(parts).Concat(Objects(body, "closing")))
        {
            if (Member<string>(block, "kind") != "chain") continue;
            block["first_number"] = number(steps);
            steps += Member<ScriptArray>(block, "steps").Count;
        }
        return steps;
    }

    /// <summary>A member this class put in the model, read back with its type.</summary>
    internal static T Member<T>(ScriptObject o, string key) =>
        o[key] is T value ? value : throw new InvalidOperationException($"The model has no {typeof(T).Name} '{key}'.");

    internal static IEnumerable<ScriptObject> Objects(ScriptObject o, string key) => Member<ScriptArray>(o, key).Cast<ScriptObject>();

    /// <summary>A question without its declarations (<see cref="Assemble"/> adds them).</summary>
    private static ScriptObject Body(Question q, PrintedMath math) => new()
    {
        ["number"] = q.Number,
        ["title"] = TexPlainText.Escape(q.Title),
        ["points"] = q.Points,
        ["summary"] = MathLatex.Inline(q.Summary),
        ["setup"] = Array(q.Setup.Select(b => Block(b, math))),
        ["parts"] = Array(q.Parts.Select(p => Part(p, math))),
        ["closing"] = Array(q.Closing.Select(b => Block(b, math))),
    };

    private static ScriptObject Part(Part p, PrintedMath math) => new()
    {
        ["id"] = TexPlainText.Escape(p.Id),
        ["number"] = TexPlainText.Escape(p.Id.TrimStart('q')),
        ["title"] = TexPlainText.Escape(p.Title),
        ["points"] = p.Points,
        ["restatement"] = MathLatex.Inline(p.Restatement),
        ["derived"] = p.Status == PartStatus.Derived,
        ["blocks"] = Array(p.Blocks.Select(b => Block(b, math))),
    };

    private static ScriptObject Block(Block b, PrintedMath math) => b switch
    {
        Prose p => Kind("prose", ("text", MathLatex.Inline(p.Text)), ("unchecked", HasMath(p.Text))),
        Formula f => Formula(f),
        Chain c => Chain(c, math),
        // The machine form is shown when it is short; it is always in solutions.json.
        // The grader's canonical form stays in solutions.json and the rubric: a reader of the solutions needs the sentence only.
        Result r => Kind("result", ("text", MathLatex.Inline(r.Statement)),
            ("unchecked", HasMath(r.Statement))),
        Figure f => Figure(f),
        Table t => Kind("table",
            ("header", Array(t.Header.Select(h => (object)MathLatex.Inline(h)))),
            ("rows", Array(t.Rows.Select(r => (object)Array(r.Select(c => (object)MathLatex.Inline(c)))))),
            ("columns", t.Header.Count),
            // A table whose rows are sentences wraps its cells in columns of equal width rather than running off the page.
            ("wrap", t.Rows.Any(r => r.Sum(c => c.Plain.Length) > WrappedTableRow)),
            ("column_width", (0.96 / t.Header.Count - 0.02).ToString("0.###", CultureInfo.InvariantCulture)),
            ("unchecked", t.Header.Concat(t.Rows.SelectMany(r => r)).Append(t.Caption ?? Ift6135.Sym.Assignment.Model.Inline.Empty).Any(HasMath)),
            ("caption", Caption(t.Caption))),
        _ => throw new NotSupportedException($"No rendering for the block {b.GetType().Name}."),
    };


    /// <summary>About the characters of running text a table row can hold on one line of the page.</summary>
    private const int WrappedTableRow = 90;

    private static ScriptObject Formula(Formula f)
    {
        var (math, lines) = MathLatex.Display(f.Math);
        return Kind("formula", ("math", math), ("lines", Array(lines)), ("caption", Caption(f.Caption)),
            ("define", f.IsDefinition), ("unchecked", !f.IsDefinition && f.Role == FormulaRole.Established),
            ("case", Case(LocalAssumptions.Of(AssumptionSet.None, [f.Math]))));
    }

    private static ScriptObject Chain(Chain c, PrintedMath printed)
    {
        // Terms first: the text of an expression is then its terms joined, not a second printing.
        var startTerms = printed.Terms(c.Start);
        var start = printed.Print(c.Start);
        var steps = c.Steps.Select(s =>
        {
            var terms = printed.Terms(s.Expression);
            return (Step: s, Terms: terms, Math: printed.Print(s.Expression));
        }).ToArray();
        var alone = ChainLayout.StartAlone(start, steps.Select(s => s.Math).ToArray());
        // A formula wider than its room is broken between terms; the checker reads the lines as one formula.
        var room = alone ? ChainLayout.StepRoom : ChainLayout.StepRoom - ChainLayout.Width(start);
        return Kind("chain",
            ("id", TexPlainText.Escape(c.Id)),
            ("start", start),
            ("start_lines", Array(ChainLayout.Break(startTerms, ChainLayout.LineWidth - 4))),
            ("start_alone", alone),
            ("case", Case(c.Assumptions)),
            ("caption", Caption(c.Caption)),
            // Running text with formulas in it states no derivation: the checker is told to skip it.
            ("caption_unchecked", c.Caption is { } caption && HasMath(caption)),
            ("steps_unchecked", c.Steps.Any(s => HasMath(s.Justification.Text))),
            ("steps", Array(steps.Select(s => (object)new ScriptObject
            {
                ["relation"] = MathLatex.RelationSign(s.Step.Relation),
                ["math"] = s.Math,
                ["lines"] = Array(ChainLayout.Break(s.Terms, room)),
                ["why"] = MathLatex.Inline(s.Step.Justification.Text),
                ["logical"] = s.Step.Justification.IsLogical,
                // Argued steps, and steps that unfold a definition the document states only in words, are not for the checker to redo.
                ["argued"] = s.Step.Justification.Kind == StepKind.Algebra ? "" : TexPlainText.Comment(s.Step.Justification.Text.Plain),
                ["method"] = MethodName(s.Step.Check.Method),
            }))));
    }

    /// <summary>The assumptions of one display, as the checker reads them after % case: ("" when none).</summary>
    private static string Case(IReadOnlyList<Symbolic.Expressions.Relation> assumptions) =>
        string.Join(", ", assumptions.Select(LatexPrinter.Print));

    /// <summary>Running text with mathematics in it: the checker is told not to read it (it states no derivation).</summary>
    private static bool HasMath(Ift6135.Sym.Assignment.Model.Inline text)
    {
        // The pieces and those of their check notes, walked in place: Inline.Flat makes an array per piece.
        foreach (var piece in text.Pieces)
            if (piece is MathPiece || piece is CheckNotePiece note && HasMath(note.Text)) return true;
        return false;
    }

    private static ScriptObject Figure(Figure f)
    {
        var o = FigureData(f);
        o["unchecked"] = HasMath(f.Caption);
        return o;
    }

    private static ScriptObject FigureData(Figure f) => f.Data switch
    {
        GridFigure g => Kind("grids", ("grids", Array([Grid(g)])), ("caption", MathLatex.Inline(f.Caption))),
        GridPanel p => Kind("grids", ("grids", Array(p.Grids.Select(Grid))), ("caption", MathLatex.Inline(f.Caption))),
        PlotFigure p => Kind("plot",
            ("xlabel", MathLatex.Inline(p.XLabel)), ("ylabel", MathLatex.Inline(p.YLabel)), ("caption", MathLatex.Inline(f.Caption)),
            ("log_x", p.LogarithmicX), ("equal_axes", p.EqualAxes),
            ("series", Array(p.Series.Select(s => (object)new ScriptObject
            {
                ["name"] = MathLatex.Inline(s.Name),
                ["coordinates"] = string.Join(" ", s.Points.Select((pt, k) =>
                    $"({Num(pt.X)},{Num(pt.Y)})" + (s.StandardErrors.Count > k ? $" +- (0,{Num(s.StandardErrors[k])})" : ""))),
                ["error_bars"] = s.StandardErrors.Count > 0,
            }))),
            ("marks", Array(p.Marks.Select(m => (object)new ScriptObject
            {
                ["label"] = MathLatex.Inline(m.Label),
                ["at"] = $"{Num(m.X)},{Num(m.Y)}",
            })))),
        _ => throw new NotSupportedException($"No rendering for the figure {f.Data.GetType().Name}."),
    };

    private static object Grid(GridFigure g) => new ScriptObject
    {
        ["title"] = TexPlainText.Escape(g.Title),
        ["rows"] = g.Rows,
        ["columns"] = g.Columns,
        ["cells"] = Array(from r in Enumerable.Range(1, g.Rows)
                          from c in Enumerable.Range(1, g.Columns)
                          select (object)new ScriptObject
                          {
                              ["row"] = r,
                              ["column"] = c,
                              ["label"] = TexPlainText.Escape(r < 10 && c < 10 ? $"{r}{c}" : $"{r},{c}"),
                              ["shaded"] = g.Shaded.Contains((r, c)),
                              ["marked"] = g.Marked == (r, c),
                          }),
    };

    private static ScriptObject Ledger(LedgerEntry e, PrintedMath printed)
    {
        var math = printed.Print(e.Left) + " " + MathLatex.RelationSign(e.Relation) + " " + printed.Print(e.Right);
        return new()
        {
            ["part"] = TexPlainText.Escape(e.PartId),
            ["step"] = TexPlainText.Escape(e.Step),
            ["label"] = TexPlainText.Escape(e.NotInAChain ?? ""),
            // A statement wider or taller than a table row is not repeated: the chain it belongs to shows it in full.
            ["math"] = ChainLayout.Width(math) <= LedgerWidth && !ChainLayout.IsTall(math) ? math : "",
            ["method"] = MethodName(e.Method),
            ["points"] = e.Points,
            ["seed"] = e.Seed,
            ["detail"] = TexPlainText.Escape(e.Detail),
        };
    }

    /// <summary>About the glyphs of footnote-size math that fit the statement column of the appendix.</summary>
    private const int LedgerWidth = 45;

    private static ScriptObject Check(SanityCheck c) => new()
    {
        ["part"] = TexPlainText.Escape(c.PartId),
        ["description"] = MathLatex.Inline(c.Shown),
        ["passed"] = c.Passed,
        ["detail"] = MathLatex.Inline(c.ShownDetail),
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
