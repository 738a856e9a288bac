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
}
