using System.Text.RegularExpressions;
using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

/// <summary>
/// The appendix lists every step of every chain the document shows (question, step, method, and for
/// numeric sampling the points and seed), and every numeric cross-check: counted against the model.
/// </summary>
public sealed partial class AppendixTests
{
    private static readonly Lazy<(Solution Solution, string Tex)> Rendered = new(() =>
    {
        var solution = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default);
        return (solution, LatexDocument.Render(solution, TemplateSet.Embedded));
    });

    private static IReadOnlyList<Chain> Chains(Solution s) => s.Questions
        .SelectMany(q => q.Setup.Concat(q.Parts.SelectMany(p => p.Blocks)).Concat(q.Closing))
        .OfType<Chain>().ToList();

    /// <summary>The rows of the longtable after the heading <paramref name="heading"/>: the lines between \endhead and \bottomrule.</summary>
    private static IReadOnlyList<string> Rows(string tex, string heading)
    {
        var from = tex.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no '{heading}' in the document");
        var body = tex.IndexOf(@"\endhead", from, StringComparison.Ordinal) + @"\endhead".Length;
        var end = tex.IndexOf(@"\bottomrule", body, StringComparison.Ordinal);
        // A step's name may break after its dots (\allowbreak{}), which is layout, not part of the name.
        return tex[body..end].Split('\n').Select(l => l.Trim().Replace(@"\allowbreak{}", "", StringComparison.Ordinal))
            .Where(l => l.EndsWith(@"\\", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void EveryStepOfEveryChainHasOneRowWithItsMethod()
    {
        var (solution, tex) = Rendered.Value;
        var rows = Rows(tex, "Appendix A");
        var steps = Chains(solution).SelectMany(c => c.Steps.Select((s, k) => (Name: $"{c.Id}.{k + 1}", Step: s))).ToList();
        Assert.True(steps.Count > 50, $"only {steps.Count} chain steps: the model lost its chains");
        // One row per step the derivations recorded (the ledger), the steps of the chains shown among them.
        Assert.Equal(solution.Ledger.Count, rows.Count);
        Assert.True(steps.Count <= rows.Count, $"{steps.Count} chain steps, {rows.Count} rows");
        foreach (var (name, step) in steps)
        {
            // Step names repeat across parts (density.1 in q2.1 and q2.3): some row of that name has the step's kind of method.
            var methods = rows.Where(r => r.Split(" & ")[1].Trim() == name.Replace("_", @"\_")).Select(r => r.Split(" & ")[3]).ToList();
            Assert.NotEmpty(methods);
            if (step.Justification.IsLogical) Assert.Contains(methods, m => m.StartsWith("logical", StringComparison.Ordinal));
            else Assert.Contains(methods, m => Regex.IsMatch(m, @"^(symbolic|sign reasoning|exhaustive|numeric sampling, \d+ points, seed \d+)"));
        }
        // Numeric sampling names its points and seed; the verified steps are those not argued.
        var verified = solution.Ledger.Count(e => e.Method != StepMethod.Logical);
        Assert.True(verified >= steps.Count(s => !s.Step.Justification.IsLogical));
        Assert.Equal(verified, rows.Count(r => !r.Split(" & ")[3].StartsWith("logical", StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryNumericCrossCheckHasOneRow()
    {
        var (solution, tex) = Rendered.Value;
        var rows = Rows(tex, "Appendix B");
        Assert.True(solution.SanityChecks.Count >= 10, $"only {solution.SanityChecks.Count} cross-checks");
        Assert.Equal(solution.SanityChecks.Count, rows.Count);
        Assert.All(rows, r => Assert.Matches(PassedColumn(), r));
    }

    [GeneratedRegex(@"& (passed|FAILED) &")]
    private static partial Regex PassedColumn();
}
