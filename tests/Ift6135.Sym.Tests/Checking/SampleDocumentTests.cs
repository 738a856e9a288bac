using System.Runtime.CompilerServices;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>A whole student document: every chain, step verdict and place, checked against what a reader finds by hand.</summary>
public class SampleDocumentTests
{
    private static string Sample([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Samples", "student.tex");

    private static readonly CheckReport Report = Checker.CheckFile(Sample());

    [Fact]
    public void DiagonalJacobianStepsAreValid()
    {
        var chains = Report.Chains.Where(c => c.Environment == "align*").ToList();
        Assert.Equal([12, 13], chains.Select(c => c.Line));
        Assert.All(chains.SelectMany(c => c.Steps), s => Assert.Equal(StepStatus.Valid, s.Status));
    }

    [Fact]
    public void TransposeChainHasOneWrongStep()
    {
        var chain = Report.Chains.Single(c => c.Environment == "align");
        Assert.Equal([StepStatus.Valid, StepStatus.Invalid], chain.Steps.Select(s => s.Status));
        Assert.Equal((19, 16), (chain.Steps[1].Line, chain.Steps[1].Column));
        Assert.Equal(StepStatus.Invalid, chain.Conclusion!.Status);
    }

    [Fact]
    public void RadialStepIsValidWithItsJustification()
    {
        var step = Report.Chains.Single(c => c.Environment == @"\[").Steps.Single();
        Assert.Equal(StepStatus.Valid, step.Status);
        Assert.Equal("(factor $r$)", step.Justification);
    }

    [Fact]
    public void EigenvalueImplicationIsALogicalStep()
    {
        var chains = Report.Chains.Where(c => c.Environment == "equation").ToList();
        Assert.Equal(StepStatus.Valid, chains[0].Steps.Single().Status);
        Assert.Equal(StepStatus.NotChecked, chains[1].Steps[0].Status);
    }

    [Fact]
    public void BrokenFormulaIsReportedAndTheNextIsChecked()
    {
        var error = Assert.Single(Report.Errors);
        Assert.Equal((33, 24), (error.Line, error.Column));
        var log = Report.Chains.Single(c => c.Environment == "$$").Steps.Single();
        Assert.Equal(StepStatus.Invalid, log.Status);
        Assert.Equal(2, Report.ExitCode);
    }

    [Fact]
    public void UnreadableFileIsAnInputError()
    {
        var report = Checker.CheckFile("/nonexistent/file.tex");
        Assert.Equal(2, report.ExitCode);
        Assert.Contains("cannot read", Assert.Single(report.Errors).Message);
    }
}

/// <summary>The `check` command end to end through the command line.</summary>
public class CheckCommandTests
{
    private static string Sample([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Samples", "student.tex");

    [Fact]
    public void JsonReportOfTheSampleExitsTwoForItsBrokenFormula()
    {
        var run = Ift6135.Sym.Tests.Cli.CliHarness.Run("check", Sample(), "--format", "json");
        Assert.True(run.ExitCode == 2, run.ToString());
        var report = JsonReportFormatter.Parse(run.Out)!;
        Assert.Single(report.Errors);
        Assert.Contains(report.Chains.SelectMany(c => c.Steps), s => s.Status == StepStatus.Invalid && s.Counterexample is not null);
    }

    [Fact]
    public void TextReportNamesTheFileAndLine()
    {
        var run = Ift6135.Sym.Tests.Cli.CliHarness.Run("check", Sample());
        Assert.Contains("student.tex:19:16: INVALID", run.Out);
    }
}
