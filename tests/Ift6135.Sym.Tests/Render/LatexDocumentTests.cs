using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

public class LatexDocumentTests
{
    private static string Render(AssignmentParameters? p = null) =>
        LatexDocument.Render(SolutionDeriver.Derive(p ?? AssignmentParameters.Default, StepVerifiers.Default));

    [Fact]
    public void TwoRendersAreByteIdentical() => Assert.Equal(Render(), Render());

    [Fact]
    public void QuestionsPrintedAsTheyAreDerivedGiveTheDocumentOfTheFinishedSolution()
    {
        // solve prints each question on the worker that derived it; the document must be the one printed from the whole solution.
        var (solution, prepared) = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default, ScriptModel.Prepare);
        Assert.Equal(solution.Questions.Count, prepared.Count);
        Assert.Equal(solution.Ledger.Count, prepared.Sum(p => p.Ledger.Count));
        Assert.Equal(solution.SanityChecks.Count, prepared.Sum(p => p.Checks.Count));
        Assert.Equal(LatexDocument.Render(solution), LatexDocument.Render(solution, prepared: prepared));
        // The student edition is another view of the solution: it prints its own questions, whatever is prepared.
        Assert.Equal(LatexDocument.Render(solution, edition: DocumentEdition.Student),
            LatexDocument.Render(solution, edition: DocumentEdition.Student, prepared: prepared));
    }

    [Fact]
    public void QuestionsTypesetAsTheyAreDerivedGiveTheDocumentOfTheFinishedSolution()
    {
        // solve typesets each question of the full edition on the worker that derived it, numbering its equations from the question's
        // own first step; the document fills in the numbers and must be the one typeset from the whole solution.
        var templates = TemplateSet.Embedded;
        var (solution, prepared) = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default,
            (q, log) => LatexDocument.Typeset(ScriptModel.Prepare(q, log), templates));
        Assert.All(prepared, p => Assert.NotNull(p.Text));
        Assert.Equal(LatexDocument.Render(solution), LatexDocument.Render(solution, templates, prepared: prepared));
        Assert.Equal(LatexDocument.Render(solution, edition: DocumentEdition.Student),
            LatexDocument.Render(solution, templates, DocumentEdition.Student, prepared));
    }

    [Fact]
    public void ATemplateDirectoryTypesetsItsQuestionsWithTheDocument()
    {
        // Scriban's own include, which a template directory keeps, writes an included template's text after what it wrote in the
        // meantime: a question cannot be typeset there with holes for its numbers, so it is typeset with the document, numbers known.
        var dir = Directory.CreateTempSubdirectory("ift6135-templates-").FullName;
        try
        {
            foreach (var name in new[] { "solutions.tex.scriban", "question.tex.scriban", "part.tex.scriban", "block.tex.scriban", "chain.tex.scriban",
                         "grid-figure.tex.scriban", "plot-figure.tex.scriban", "reading-guide.tex.scriban", "appendix.tex.scriban" })
                File.WriteAllText(Path.Combine(dir, name), TemplateSet.Embedded.Read(name));
            var templates = TemplateSet.FromDirectory(dir);
            var (solution, prepared) = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default,
                (q, log) => LatexDocument.Typeset(ScriptModel.Prepare(q, log), templates));
            Assert.All(prepared, p => Assert.Null(p.Text));
            Assert.Equal(LatexDocument.Render(solution), LatexDocument.Render(solution, templates, prepared: prepared));
            // Text typeset with the embedded templates is not used for another set.
            var embedded = prepared.Select(p => LatexDocument.Typeset(p, TemplateSet.Embedded)).ToArray();
            Assert.Equal(LatexDocument.Render(solution, templates), LatexDocument.Render(solution, templates, prepared: embedded));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void PreparedQuestionsOfAnotherSolutionAreRefused()
    {
        var (solution, prepared) = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default, ScriptModel.Prepare);
        Assert.Throws<ArgumentException>(() => ScriptModel.Of(solution, prepared.Skip(1).ToArray()));
    }

    [Fact]
    public void TheDocumentHasNoTrailingSpacesNoTwoBlankLinesInARowAndOneFinalNewline()
    {
        var tex = Render();
        Assert.DoesNotContain("\n\n\n", tex);
        Assert.DoesNotContain("\r", tex);
        Assert.All(tex.Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
        Assert.EndsWith("}\n", tex);        // \end{document}, then exactly one newline
        Assert.False(tex.StartsWith('\n'));
    }

    [Fact]
    public void TheDocumentHasEveryQuestionAndTheAnswers()
    {
        var tex = Render();
        for (var q = 1; q <= 6; q++) Assert.Contains($@"\section*{{Question {q}:", tex);
        // Hand-derived fields (see Q1ReceptiveFieldTests), in the answers' sentences.
        Assert.Contains(@"The receptive field of 34 is \{32, 42, 43, 44, 52, 53, 54, 55\} (8 pixels); the stack is autoregressive.", tex);
        Assert.Contains(@"The receptive field of 34 is \{32, 33, 34, 42, 43, 44, 45, 52, 53, 54, 55\} (11 pixels); the stack is not autoregressive.", tex);
        // The grader's canonical forms are for solutions.json and the rubric, not the reader.
        Assert.DoesNotContain("autoregressive: true", tex);
        Assert.Contains(@"\begin{tikzpicture}", tex);
        Assert.Contains(@"\end{document}", tex);
    }

    [Fact]
    public void QuestionsNotDerivedAreMarkedAndEmpty()
    {
        var solution = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default);
        var pending = solution.Questions.SelectMany(q => q.Parts).Where(p => p.Status == PartStatus.NotYetDerived).ToArray();
        Assert.All(pending, p => Assert.Empty(p.Blocks));
        var tex = LatexDocument.Render(solution);
        Assert.Equal(pending.Length, tex.Split(@"\textbf{Not yet derived.}").Length - 1);
    }

    [Fact]
    public void UserTextFromParametersIsEscaped()
    {
        var q1 = new Q1Parameters(masks: [new MaskParameter("A", Rules: ["i = 2 and j < 2", "i = 3"]), new MaskParameter("B", Rules: ["i = 3"])]);
        var tex = Render(AssignmentParameters.Default with { Q1 = q1 });
        Assert.DoesNotContain("$$", tex);
        Assert.Contains("Case A then B", tex);
    }

    [Fact]
    public void NoTimestampsInTheSource()
    {
        var tex = Render();
        Assert.DoesNotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), tex);
        Assert.Contains(@"\pdftrailerid{}", tex);
    }
}
