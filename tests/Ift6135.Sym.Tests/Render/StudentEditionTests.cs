using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Render;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Render;

/// <summary>
/// The student edition (solve --edition student): the same solution model rendered without the record of checking
/// (method tags, seeds, check notes, the appendices), beside the full edition in the same directory.
/// </summary>
public sealed class StudentEditionTests : IDisposable
{
    private readonly List<string> dirs = [];

    private string NewDir()
    {
        var d = Directory.CreateTempSubdirectory("ift6135-sym-student-").FullName;
        dirs.Add(d);
        return d;
    }

    public void Dispose()
    {
        foreach (var d in dirs) Directory.Delete(d, recursive: true);
    }

    private static Solution Derived() => SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default);

    /// <summary>A one-part solution made by hand: a sentence with a check note, a block about checking, a chain, an answer.</summary>
    private static Solution Small()
    {
        var x = Symbol.Of("x");
        var chain = new Ift6135.Sym.Assignment.Model.Chain("c", new ExprItem(x + x),
            [new ChainStep(RelationKind.Equal, new ExprItem(2 * x), Justification.Algebra(Inline.Of("collect", Inline.CheckNote(" (by the engine)"))), new StepCheck(Ift6135.Sym.Assignment.Verification.StepOutcome.Valid, StepMethod.Symbolic, 0, 0, "by hand"))]);
        var blocks = new Block[]
        {
            new Prose(Inline.Of("Twice x", Inline.CheckNote(", with seed 77"), ".")),
            new Prose(Inline.Of("A count by the routine.")) { AboutChecking = true },
            new Prose(Inline.CheckNote("A sentence that is only a note.")),
            chain,
            new Result(Inline.Of("The answer is ", 2 * x, "."), new ExprAnswer(2 * x)),
        };
        var part = new Part("q1.1", "Doubling", 5, Inline.Of("Double x."), blocks);
        return new Solution("Small", [new Question(1, "One", Inline.Of("Summary."), [], [part], [])], [], []);
    }

    [Fact]
    public void CheckNotesAndBlocksAboutCheckingShowInTheFullEditionOnly()
    {
        var full = LatexDocument.Render(Small(), TemplateSet.Embedded, DocumentEdition.Full);
        var student = LatexDocument.Render(Small(), TemplateSet.Embedded, DocumentEdition.Student);
        Assert.Contains("Twice x, with seed 77.", full);
        Assert.Contains("A count by the routine.", full);
        Assert.Contains("A sentence that is only a note.", full);
        Assert.Contains("collect (by the engine)", full);
        Assert.Contains("Twice x.", student);
        foreach (var gone in new[] { "seed", "A count by the routine.", "only a note", "(by the engine)", @"\verifiedstep{", "Steps of", "Appendix", "Derived by the" })
            Assert.DoesNotContain(gone, student);
        Assert.Contains("collect", student);
        Assert.Contains("The answer is $2x$.", student);
    }

    [Fact]
    public void TheStudentEditionIsByteIdenticalFromRunToRun() =>
        Assert.Equal(LatexDocument.Render(Derived(), TemplateSet.Embedded, DocumentEdition.Student),
            LatexDocument.Render(Derived(), TemplateSet.Embedded, DocumentEdition.Student));

    [Fact]
    public void TheCheckerAcceptsEveryStepOfTheStudentEdition()
    {
        var dir = NewDir();
        SolutionsWriter.Write(AssignmentParameters.Default, dir, new SolveOptions { BuildPdf = false, Editions = [DocumentEdition.Student] });
        Assert.False(File.Exists(Path.Combine(dir, "solutions.tex")));
        var report = Checker.CheckFile(Path.Combine(dir, "solutions-student.tex"));
        SolutionsCheckTests.AssertNothingInvalidOrUnknown(report);
        // The chains are the same as in the full edition: its checker finds as many valid steps.
        Assert.True(report.Summary.Valid >= 40, $"{report.Summary.Valid} valid steps");
    }

    [Fact]
    public void PassagesAboutHowResultsWereCheckedAreForTheFullEditionOnly()
    {
        // Read in the student PDF of the previous build: how Q4's Monte Carlo estimates and quadrature were run, that Q2's
        // target density was "built independently", and a justification naming the engine's method ("sign reasoning").
        var solution = Derived();
        var full = LatexDocument.Render(solution, TemplateSet.Embedded, DocumentEdition.Full);
        var student = LatexDocument.Render(solution, TemplateSet.Embedded, DocumentEdition.Student);
        foreach (var note in new[] { "is estimated from independent", "Gauss-Legendre", "built independently" })
        {
            Assert.Contains(note, full);
            Assert.DoesNotContain(note, student);
        }
        Assert.DoesNotContain("sign reasoning", student);
        // What the student needs stays: the model of the numeric confirmation, its table, and the comparison of the two densities.
        foreach (var kept in new[] { "Numeric confirmation. Take", "(± s.e.)", "has exactly the form above, so the two densities are equal" })
        {
            Assert.Contains(kept, full);
            Assert.Contains(kept, student);
        }
    }

    [RequiresLatexFact]
    public void BothEditionsBuildSideBySideAndTheStudentPdfHasEveryAnswerWithoutTheRecordOfChecking()
    {
        var dir = NewDir();
        var report = SolutionsWriter.Write(AssignmentParameters.Default, dir, new SolveOptions { Editions = [DocumentEdition.Full, DocumentEdition.Student] });
        Assert.Equal(["solutions.tex", "solutions.pdf", "solutions-student.tex", "solutions-student.pdf"], report.Files.Select(Path.GetFileName));
        var full = PdfBuildTests.PdfText(Path.Combine(dir, "solutions.pdf"));
        var student = PdfBuildTests.PdfText(Path.Combine(dir, "solutions-student.pdf"));
        // One answer box per sub-question of the statement (Q1 4, Q2 4, Q3 3, Q4 2, Q5 4, Q6 3), in both editions.
        Assert.Equal(20, Count(student, "Answer."));
        Assert.Equal(20, Count(full, "Answer."));
        // Answers derived by hand from the statement.
        Assert.Contains("32, 42, 43, 44, 52, 53, 54, 55", student);
        Assert.Contains("32, 33, 34, 42, 43, 44, 45, 52, 53, 54, 55", student);
        Assert.Equal(2, Count(student, "Linear time: O(K)."));
        Assert.Contains("the amortized divergence is the larger", student);
        Assert.Contains("g is not invertible", student);
        Assert.Contains("The stationary point is d = 0, g = 0.", student);
        foreach (var gone in new[] { "seed", "Appendix", "appendix", "[symbolic]", "[numeric sampling]", "[logical]", "engine", "Steps of" })
        {
            Assert.DoesNotContain(gone, student);
        }
        Assert.Contains("seed", full);
        Assert.Contains("Appendix B", full);
        Assert.True(new FileInfo(Path.Combine(dir, "solutions-student.pdf")).Length < new FileInfo(Path.Combine(dir, "solutions.pdf")).Length);
    }

    [RequiresLatexFact]
    public void TwoStudentBuildsGiveByteIdenticalPdfs()
    {
        string a = NewDir(), b = NewDir();
        var options = new SolveOptions { Editions = [DocumentEdition.Student] };
        SolutionsWriter.Write(AssignmentParameters.Default, a, options);
        SolutionsWriter.Write(AssignmentParameters.Default, b, options);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "solutions-student.pdf")), File.ReadAllBytes(Path.Combine(b, "solutions-student.pdf")));
    }

    private static int Count(string text, string word) => text.Split(word).Length - 1;
}
