using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

/// <summary>
/// The end-to-end contract between solve and check: the document solve writes passes our own checker,
/// every step being valid, a definition, or argued (not checked); nothing invalid, unknown or unreadable.
/// </summary>
public sealed class SolutionsCheckTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ift6135-sym-check-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void TheCheckerAcceptsEveryStepOfTheSolutions()
    {
        SolutionsWriter.Write(AssignmentParameters.Default, dir, new SolveOptions { BuildPdf = false });
        AssertNothingInvalidOrUnknown(Checker.CheckFile(Path.Combine(dir, "solutions.tex")));
    }

    /// <summary>
    /// A teaching assistant's variant passes the checker too: another game (its summary named it by the equation V(d, g) = .., which the
    /// checker read as a claim about the declared V and refuted), three sigmoid components.
    /// </summary>
    [Fact]
    public void TheCheckerAcceptsEveryStepOfAVariant()
    {
        var variant = AssignmentParameters.Default with { Q5 = new Q5Parameters(3), Q6 = new Q6Parameters("d*g - d^2/2") };
        SolutionsWriter.Write(variant, dir, new SolveOptions { BuildPdf = false });
        AssertNothingInvalidOrUnknown(Checker.CheckFile(Path.Combine(dir, "solutions.tex")));
    }

    /// <summary>No step of the report invalid or unknown, and no input error; the failure lists them with their lines.</summary>
    internal static void AssertNothingInvalidOrUnknown(CheckReport report)
    {
        // The steps, as the checker's summary counts them (a chain's conclusion is reported beside them, not counted).
        var problems = report.Chains.SelectMany(c => c.Steps)
            .Where(s => s.Status is StepStatus.Invalid or StepStatus.Unknown)
            .Select(s => $"{s.Line}:{s.Column} {s.Status} {s.Left} {s.Relation} {s.Right}")
            .Concat(report.Errors.Select(e => $"{e.Line}:{e.Column} error {e.Message}"))
            .ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        Assert.Equal((0, 0, 0), (report.Summary.Invalid, report.Summary.Unknown, report.Summary.Errors));
    }

    /// <summary>
    /// Question 4's steps from (1/K) sum_k E(..w_k..) to one expectation are algebra (linearity of the expectation over
    /// a sum of K terms, K symbolic, and sum_k w_k = sum_j w_j), printed without "% argued" and verified by check.
    /// </summary>
    [Fact]
    public void TheSumsOfExpectationsOfQuestion4AreCheckedAsAlgebra()
    {
        SolutionsWriter.Write(AssignmentParameters.Default, dir, new SolveOptions { BuildPdf = false });
        var report = Checker.CheckFile(Path.Combine(dir, "solutions.tex"));
        var steps = report.Chains.SelectMany(c => c.Steps).Where(s => s.Left.Contains(@"\sum_{k=1}^{K} \mathbb{E}_{z_{1:K}}", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, steps.Count);
        Assert.All(steps, s => Assert.Equal(StepStatus.Valid, s.Status));
    }

    [Fact]
    public void TheCheckerConfirmsAtLeastAsManyStepsAsTheEngineVerifiedByAlgebra()
    {
        var solution = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default);
        var algebraic = solution.Questions
            .SelectMany(q => q.Setup.Concat(q.Parts.SelectMany(p => p.Blocks)).Concat(q.Closing))
            .OfType<Ift6135.Sym.Assignment.Model.Chain>().SelectMany(c => c.Steps)
            .Count(s => s.Justification.Kind == StepKind.Algebra);
        var tex = LatexDocument.Render(solution, TemplateSet.Embedded);
        var report = Checker.CheckText(tex, "solutions.tex");
        Assert.True(algebraic > 30, $"only {algebraic} algebraic steps: the model lost its chains");
        Assert.True(report.Summary.Valid >= algebraic, $"{report.Summary.Valid} valid steps for {algebraic} algebraic steps verified by the engine");
    }
}
