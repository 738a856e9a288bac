using System.Text.RegularExpressions;
using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

/// <summary>The steps of the chains are numbered through the document (review item 20: every chain restarted at (1)).</summary>
public sealed partial class EquationNumberingTests
{
    [Theory]
    [InlineData(DocumentEdition.Full)]
    [InlineData(DocumentEdition.Student)]
    public void StepsAreNumberedOneToTheNumberOfStepsInDocumentOrder(DocumentEdition edition)
    {
        var solution = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default);
        var steps = solution.Questions.SelectMany(q => q.Setup.Concat(q.Parts.SelectMany(p => p.Blocks)).Concat(q.Closing))
            .OfType<Ift6135.Sym.Assignment.Model.Chain>().Sum(c => c.Steps.Count);
        var tex = LatexDocument.Render(solution, TemplateSet.Embedded, edition);
        var numbers = Tag().Matches(tex).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(steps > 30, $"only {steps} steps");
        Assert.Equal(Enumerable.Range(1, steps), numbers);
    }

    [Fact]
    public void StepsOfQuestionsTypesetAsTheyAreDerivedAreNumberedThroughTheDocument()
    {
        // Each question typeset on its own leaves holes for its numbers; the document numbers them 1..N in document order, in the
        // equations and in the list of steps under each chain.
        var (solution, prepared) = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default,
            (q, log) => LatexDocument.Typeset(ScriptModel.Prepare(q, log), TemplateSet.Embedded));
        var steps = solution.Questions.SelectMany(q => q.Setup.Concat(q.Parts.SelectMany(p => p.Blocks)).Concat(q.Closing))
            .OfType<Ift6135.Sym.Assignment.Model.Chain>().Sum(c => c.Steps.Count);
        var tex = LatexDocument.Render(solution, TemplateSet.Embedded, DocumentEdition.Full, prepared);
        Assert.Equal(Enumerable.Range(1, steps), Tag().Matches(tex).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Enumerable.Range(1, steps), Listed().Matches(tex).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex(@"^\((\d+)\) (?:\\logicalstep|\\verifiedstep)", RegexOptions.Multiline)]
    private static partial Regex Listed();

    [GeneratedRegex(@"\\text\{\\small \((\d+)\)\}")]
    private static partial Regex Tag();
}
