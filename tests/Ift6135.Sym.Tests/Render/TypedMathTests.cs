using System.Text.RegularExpressions;
using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

/// <summary>
/// Mathematics is printed by the engine, never typed: the templates put math mode only around a
/// placeholder, and the text pieces of the model's tables hold no formula written by hand.
/// </summary>
public sealed partial class TypedMathTests
{
    private static string TemplatesDirectory()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !Directory.Exists(Path.Combine(d.FullName, "templates"))) d = d.Parent;
        return Path.Combine(d?.FullName ?? throw new DirectoryNotFoundException("templates/ not found above the test binaries"), "templates");
    }

    [Fact]
    public void TemplatesOpenMathModeOnlyAroundAPlaceholder()
    {
        var files = Directory.GetFiles(TemplatesDirectory(), "*.scriban");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = Placeholder().Replace(File.ReadAllText(file).Replace(@"\$", "", StringComparison.Ordinal), "{}");
            foreach (Match m in InlineMath().Matches(text))
            {
                var inside = m.Groups[1].Value.Replace("{}", "", StringComparison.Ordinal).Replace(@"\displaystyle", "", StringComparison.Ordinal);
                Assert.True(inside.Trim().Length == 0, $"{Path.GetFileName(file)}: math typed in a template: {m.Value}");
            }
            foreach (var typed in new[] { @"\frac", @"\sum", @"\mathbb", "^{", "_{" })
                Assert.False(text.Contains(typed, StringComparison.Ordinal), $"{Path.GetFileName(file)}: '{typed}' outside a placeholder");
        }
    }

    [Fact]
    public void TheScanFindsMathTypedInATemplate()
    {
        // The scan above, applied to a line with a formula typed by hand and to one with a placeholder only.
        var typed = Placeholder().Replace(@"so $x^{2} + {{ a }}$ holds", "{}");
        var placed = Placeholder().Replace(@"so ${{ a }}$ holds", "{}");
        Assert.Contains(InlineMath().Matches(typed), m => m.Groups[1].Value.Replace("{}", "", StringComparison.Ordinal).Trim().Length > 0);
        Assert.DoesNotContain(InlineMath().Matches(placed), m => m.Groups[1].Value.Replace("{}", "", StringComparison.Ordinal).Trim().Length > 0);
    }

    [Fact]
    public void TableTextHoldsNoFormulaTypedByHand()
    {
        var solution = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default);
        var tables = solution.Questions
            .SelectMany(q => q.Setup.Concat(q.Parts.SelectMany(p => p.Blocks)).Concat(q.Closing))
            .OfType<Table>().ToList();
        Assert.True(tables.Count >= 4, $"only {tables.Count} tables");
        var cells = tables.SelectMany(t => t.Header.Concat(t.Rows.SelectMany(r => r)).Append(t.Caption ?? Inline.Empty));
        var typed = cells.SelectMany(c => c.Flat.OfType<TextPiece>()).Select(p => p.Text).Where(LooksLikeMath).ToList();
        Assert.True(typed.Count == 0, "table text with a formula typed by hand: " + string.Join(" | ", typed));
    }

    [Fact]
    public void ProseHoldsNoFormulaTypedByHand()
    {
        // Paragraphs, answers, captions, restatements and the justifications of chain steps: every piece of
        // text the reader sees beside the formulas. A formula among them must be an engine object.
        var solution = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default);
        var typed = ProseOf(solution).Where(LooksLikeMath).Distinct().ToList();
        Assert.True(typed.Count == 0, $"{typed.Count} prose pieces with a formula typed by hand:\n" + string.Join("\n", typed));
    }

    private static IEnumerable<string> ProseOf(Solution solution)
    {
        foreach (var q in solution.Questions)
        {
            foreach (var text in TextOf(q.Summary)) yield return text;
            foreach (var part in q.Parts)
                foreach (var text in TextOf(part.Restatement)) yield return text;
            foreach (var block in q.Setup.Concat(q.Parts.SelectMany(p => p.Blocks)).Concat(q.Closing))
                foreach (var text in ProseOf(block)) yield return text;
        }
    }

    private static IEnumerable<string> ProseOf(Block block) => block switch
    {
        Prose p => TextOf(p.Text),
        Result r => TextOf(r.Statement),
        Formula f => TextOf(f.Caption),
        Figure f => TextOf(f.Caption),
        Chain c => TextOf(c.Caption).Concat(c.Steps.SelectMany(s => TextOf(s.Justification.Text))),
        _ => [],
    };

    private static IEnumerable<string> TextOf(Inline? inline) =>
        (inline ?? Inline.Empty).Flat.OfType<TextPiece>().Select(p => p.Text);

    [Theory]
    [InlineData("bias KL(q_phi* || p(z | x))", true)]
    [InlineData("L_1 <= L_K", true)]
    [InlineData("x^2 + 1", true)]
    [InlineData("p(g^-1(z))", true)]
    [InlineData("the model parameters theta", true)]
    [InlineData("an alphabet of symbols", false)]
    [InlineData("one forward pass of the encoder", false)]
    [InlineData("-1.2345 ± 0.0100", false)]
    [InlineData("mass of ", false)]
    public void WhatLooksLikeMath(string text, bool expected) => Assert.Equal(expected, LooksLikeMath(text));

    /// <summary>A Greek letter spelt out, a subscript or superscript, a norm or divergence bar, an order relation, a conditional bar: signs of a formula typed as text.</summary>
    private static bool LooksLikeMath(string text) => TypedFormula().IsMatch(text);

    [GeneratedRegex(@"\w[_^][\w{-]|\|\||\s\|\s|<=|>=|\\frac|\$|\b(alpha|beta|sigma|mu|theta|phi|lambda|Delta)\b")]
    private static partial Regex TypedFormula();

    /// <summary>Numbers measured at run time (a fitted intercept, a Monte Carlo mean) are formulas too: a minus sign, a power of ten.</summary>
    [Fact]
    public void TheDocumentHasNoHyphenNumberInProseAndNoENotation()
    {
        var solution = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default);
        foreach (var edition in new[] { DocumentEdition.Full, DocumentEdition.Student })
        {
            var tex = LatexDocument.Render(solution, TemplateSet.Embedded, edition);
            var scanned = 0;
            foreach (var line in tex.Split('\n'))
            {
                // Comments and plot coordinates are input to TeX, not text a reader sees.
                if (line.TrimStart().StartsWith('%') || line.Contains(@"\addplot", StringComparison.Ordinal)) continue;
                scanned++;
                Assert.False(ENotation().IsMatch(line), $"{edition}: a number in e-notation: {line}");
            }
            foreach (var line in DisplayMath().Replace(tex, " ").Split('\n'))
            {
                if (line.TrimStart().StartsWith('%')) continue;
                var prose = InlineMath().Replace(line, " ");
                Assert.False(HyphenNumber().IsMatch(prose), $"{edition}: a number with an ASCII hyphen for a minus sign in prose: {line}");
            }
            Assert.True(scanned > 100, "the document was scanned");
            // The measured numbers this test is about are there, typeset (q3.2's fitted intercept is negative, q4's bounds too).
            Assert.Matches(@"\$c\$ = \$-0\.\d+\$", tex);
            Assert.Matches(@"\$-\d\.\d{4} \\pm 0\.\d{4}\$", tex);
        }
    }

    [GeneratedRegex(@"\d(\.\d+)?[eE][-+]?\d")]
    private static partial Regex ENotation();

    /// <summary>Displays and pictures, whose minus signs are typeset as mathematics.</summary>
    [GeneratedRegex(@"\\begin\{(align|equation|gather|multline|tikzpicture)(\*?)\}.*?\\end\{\1\2\}|\\\[.*?\\\]", RegexOptions.Singleline)]
    private static partial Regex DisplayMath();

    [GeneratedRegex(@"(^|[\s(\[,;:])-\d")]
    private static partial Regex HyphenNumber();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\$([^$]*)\$")]
    private static partial Regex InlineMath();
}
