using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Check(.., decideFrom): the lines above are read for their definitions only, as the grader reads the earlier
/// answers of a question. By hand: A := 2 gives A + 1 = 3 (valid); 1 + 1 = 3 above the line is not decided.
/// </summary>
public class DecideFromTests
{
    [Fact]
    public void Steps_above_the_line_are_not_decided_but_their_definitions_hold()
    {
        const string text = "\\[ A := 2 \\]\n\\[ 1 + 1 = 3 \\]\n\\[ A + 1 = 3 \\]\n";
        var report = new DerivationChecker(Checker.DefaultDecider()).Check(text, "t.tex", decideFrom: 3);
        var steps = report.Chains.SelectMany(c => c.Steps).ToDictionary(s => s.Line);
        Assert.Equal(StepStatus.Definition, steps[1].Status);
        Assert.Equal(StepStatus.NotChecked, steps[2].Status);
        Assert.Equal(StepStatus.Valid, steps[3].Status);
        // Without the line, the wrong step above is refuted as usual.
        var all = new DerivationChecker(Checker.DefaultDecider()).Check(text, "t.tex");
        Assert.Equal(StepStatus.Invalid, all.Chains.SelectMany(c => c.Steps).Single(s => s.Line == 2).Status);
    }
}
