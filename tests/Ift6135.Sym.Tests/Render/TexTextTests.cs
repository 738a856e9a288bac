using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

public class TexTextTests
{
    [Theory]
    [InlineData(@"a_b", @"a\_b")]
    [InlineData(@"50% & $5", @"50\% \& \$5")]
    [InlineData(@"\input{/etc/passwd}", @"\textbackslash{}input\{/etc/passwd\}")]
    [InlineData("x^2 ~ #1", @"x\textasciicircum{}2 \textasciitilde{} \#1")]
    [InlineData("line\nbreak", "line break")]
    public void SpecialCharactersAreEscaped(string text, string expected) => Assert.Equal(expected, TexPlainText.Escape(text));

    /// <summary>
    /// The signs the engine's messages write, "bz + c ≤ 0" and "σ'(x)", were '?' in the feedback PDF; they are printed as math now.
    /// Any other character outside Latin-1 is still '?', never passed to pdflatex.
    /// </summary>
    [Theory]
    [InlineData("bz + c ≤ 0", @"bz + c \ensuremath{\le} 0")]
    [InlineData("σ'(x) ⇒ z_1 ≠ z_2", @"\ensuremath{\sigma}'(x) \ensuremath{\Rightarrow} z\_1 \ensuremath{\ne} z\_2")]
    [InlineData("a – b … Ω", @"a -- b \ldots{} \ensuremath{\Omega}")]
    [InlineData("漢", "?")]
    public void GreekLettersAndMathSignsArePrintedAsMath(string text, string expected) => Assert.Equal(expected, TexPlainText.Escape(text));

    /// <summary>
    /// Runs of plain characters are copied whole between the characters that are replaced: the result must be each
    /// character escaped on its own, whatever the runs (specials first, last, side by side, outside Latin-1, controls).
    /// </summary>
    [Fact]
    public void AStringIsEscapedAsItsCharactersEachEscapedAlone()
    {
        var characters = Enumerable.Range(0, 0x180).Select(c => (char)c).Append('\u03b1').Append('\u2013').ToArray();
        var random = new Random(61351);
        for (var trial = 0; trial < 400; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => random.Next(3) == 0
                ? characters[random.Next(characters.Length)] : (char)random.Next('a', 'z' + 1)).ToArray());
            Assert.Equal(string.Concat(text.Select(c => TexPlainText.Escape(c.ToString()))), TexPlainText.Escape(text));
            Assert.Equal(string.Concat(text.Select(c => TexPlainText.Comment("x" + c + "x")[1..^1])), TexPlainText.Comment("x" + text + "x")[1..^1]);
        }
        // Every character alone: plain Latin-1 stands for itself unless it is one of TeX's specials.
        foreach (var c in characters)
        {
            var escaped = TexPlainText.Escape(c.ToString());
            if (c >= ' ' && c <= '\u00ff' && !@"\{}$&#%_^~<>|""".Contains(c)) Assert.Equal(c.ToString(), escaped);
            else Assert.NotEqual(c.ToString(), escaped);
        }
    }
}
