using System.Text.RegularExpressions;

namespace Ift6135.Sym.Tests.Render;

/// <summary>
/// The embedded templates are rendered without Scriban's auto-indentation of includes (ScribanRenderer), which is the same
/// output only while every include stands at column 0: an indented include would lose its indentation.
/// </summary>
public sealed partial class TemplateIncludeTests
{
    [Fact]
    public void EveryIncludeOfTheEmbeddedTemplatesStandsAtColumnZero()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "templates"))) directory = directory.Parent;
        var files = Directory.GetFiles(Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("templates/ not found"), "templates"), "*.scriban");
        var includes = 0;
        foreach (var file in files)
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                if (!Include().IsMatch(line)) continue;
                includes++;
                Assert.True(line.StartsWith("{{", StringComparison.Ordinal), $"{Path.GetFileName(file)}:{number}: an include not at column 0: '{line}'");
            }
        // solutions -> reading guide, appendix (each question is typeset on its own, LatexDocument); question -> block (twice), part;
        // part -> block; block -> chain and the two figures.
        Assert.True(includes >= 9, $"only {includes} includes found");
    }

    [GeneratedRegex(@"\{\{[~-]?\s*include\s")]
    private static partial Regex Include();
}
