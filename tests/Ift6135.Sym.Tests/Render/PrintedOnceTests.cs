using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Render;
using Scriban.Runtime;

namespace Ift6135.Sym.Tests.Render;

/// <summary>
/// ScriptModel prints each math item of a question once and reuses the text (a chain's step for its line breaks and its
/// appendix row, a formula for its lines): every reused text must be what printing the item afresh writes.
/// </summary>
public class PrintedOnceTests
{
    [Fact]
    public void ChainsFormulasAndAppendixRowsShowTheirItemsAsPrintedAfresh()
    {
        var (solution, prepared) = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default, ScriptModel.Prepare);
        var chains = 0;
        var formulas = 0;
        for (var q = 0; q < solution.Questions.Count; q++)
        {
            var question = solution.Questions[q];
            var blocks = question.Setup.Concat(question.Parts.SelectMany(p => p.Blocks)).Concat(question.Closing).ToArray();
            var shown = Shown(prepared[q].Body);
            Assert.Equal(blocks.Length, shown.Count);
            for (var b = 0; b < blocks.Length; b++)
            {
                if (blocks[b] is Chain c)
                {
                    chains++;
                    Assert.Equal(MathLatex.Print(c.Start), shown[b]["start"]);
                    var steps = Member<ScriptArray>(shown[b], "steps");
                    for (var s = 0; s < c.Steps.Count; s++)
                    {
                        var step = Assert.IsType<ScriptObject>(steps[s]);
                        Assert.Equal(MathLatex.Print(c.Steps[s].Expression), step["math"]);
                    }
                }
                else if (blocks[b] is Formula f)
                {
                    formulas++;
                    Assert.Equal(MathLatex.Print(f.Math), shown[b]["math"]);
                    Assert.Equal(MathLatex.Lines(f.Math), Member<ScriptArray>(shown[b], "lines").Cast<string>());
                }
            }
        }
        Assert.True(chains > 20 && formulas > 5, $"{chains} chains, {formulas} formulas");
        // Appendix rows short enough to be shown repeat the step as printed afresh.
        var rows = prepared.SelectMany(p => p.Ledger).ToArray();
        Assert.Equal(solution.Ledger.Count, rows.Length);
        var shownRows = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var e = solution.Ledger[i];
            if (Member<string>(rows[i], "math") == "") continue;
            shownRows++;
            Assert.Equal(MathLatex.Print(e.Left) + " " + MathLatex.RelationSign(e.Relation) + " " + MathLatex.Print(e.Right), rows[i]["math"]);
        }
        Assert.True(shownRows > 10, $"{shownRows} rows shown");
    }

    /// <summary>The question's blocks as the model shows them, in the order of the question's own (setup, parts, closing).</summary>
    private static List<ScriptObject> Shown(ScriptObject body) =>
    [
        .. Member<ScriptArray>(body, "setup").Cast<ScriptObject>(),
        .. Member<ScriptArray>(body, "parts").Cast<ScriptObject>().SelectMany(p => Member<ScriptArray>(p, "blocks").Cast<ScriptObject>()),
        .. Member<ScriptArray>(body, "closing").Cast<ScriptObject>(),
    ];

    private static T Member<T>(ScriptObject o, string name) => Assert.IsType<T>(o[name]);
}
