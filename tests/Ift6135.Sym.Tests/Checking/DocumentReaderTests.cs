using Ift6135.Sym.Checking.Reading;

namespace Ift6135.Sym.Tests.Checking;

public class DocumentReaderTests
{
    [Fact]
    public void FindsEnvironmentsInOrderWithPositions()
    {
        var doc = "Intro $x = 1$ text.\n\\begin{align*}\n a &= b \\\\\n &= c\n\\end{align*}\n\\[ y = 2 \\]\n$$z=3$$\n";
        var blocks = DocumentReader.Read(doc).OfType<MathBlock>().ToList();
        Assert.Equal(["$", "align*", @"\[", "$$"], blocks.Select(b => b.Environment));
        Assert.Equal((1, 8), (blocks[0].Lines[0].Line, blocks[0].Lines[0].Column));
        var align = blocks[1];
        Assert.Equal(2, align.Lines.Count);
        Assert.Equal(3, align.Lines[0].Line);
        Assert.Equal(4, align.Lines[1].Line);
    }

    [Fact]
    public void LineBreaksInsideMatricesDoNotSplit()
    {
        var doc = "\\begin{equation}\nA = \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} \\\\[2pt]\n= B\n\\end{equation}";
        var block = DocumentReader.Read(doc).OfType<MathBlock>().Single();
        Assert.Equal(2, block.Lines.Count);
        Assert.Contains("pmatrix", block.Lines[0].Text);
        Assert.Equal("= B", block.Lines[1].Text.Trim());
    }

    [Fact]
    public void CommentsAreBlankedAndDeclarationsRead()
    {
        var doc = "% assume: \\alpha > 0\n% a remark $x = 2$\n\\(a=b\\) % function: f\n50\\% of $y<1$";
        var items = DocumentReader.Read(doc);
        var declarations = items.OfType<Declaration>().ToList();
        Assert.Equal([DeclarationKind.Assume, DeclarationKind.Function], declarations.Select(d => d.Kind));
        Assert.Equal(@"\alpha > 0", declarations[0].Text.Trim());
        Assert.Equal((1, 11), (declarations[0].Line, declarations[0].Column));
        var blocks = items.OfType<MathBlock>().ToList();
        Assert.Equal(2, blocks.Count); // the commented $x = 2$ is not read
        Assert.Equal("y<1", blocks[1].Lines[0].Text);
    }
}
