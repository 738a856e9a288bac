using Ift6135.Sym.Assignment.Model;
using Scriban;
using Scriban.Syntax;

namespace Ift6135.Sym.Render;

/// <summary>
/// Renders a solution to the LaTeX source of the document. The model becomes hand-filled script
/// objects (<see cref="ScriptModel"/>) pushed on a <see cref="TemplateContext"/>; no reflection-based
/// <c>Template.Render(object)</c>, which breaks under trimming and NativeAOT.
/// </summary>
public static class LatexDocument
{
    public const string MainTemplate = "solutions.tex.scriban";

    /// <summary>The document of one edition: the student edition renders <see cref="StudentView"/> of the solution, and the templates switch on <c>edition</c>.</summary>
    public static string Render(Solution solution, TemplateSet? templates = null, DocumentEdition edition = DocumentEdition.Full)
    {
        templates ??= TemplateSet.Embedded;
        var model = ScriptModel.Of(edition == DocumentEdition.Student ? StudentView.Of(solution) : solution);
        model["edition"] = edition.Name();
        return Normalize(ScribanRenderer.Render(MainTemplate, model, templates));
    }

    /// <summary>At most one blank line in a row and a single final newline: stable, diff-friendly output.</summary>
    private static string Normalize(string tex)
    {
        var lines = tex.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd());
        var output = new List<string>();
        foreach (var line in lines)
            if (line.Length > 0 || (output.Count > 0 && output[^1].Length > 0)) output.Add(line);
        return string.Join("\n", output).TrimEnd() + "\n";
    }
}
