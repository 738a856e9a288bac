using Ift6135.Sym.Render;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Ift6135.Sym.Grading.Documents;

/// <summary>
/// Renders one of the kit's Scriban templates (embedded with the solutions' templates in the Render
/// assembly, or from a directory) with a script object filled by hand, the way the solutions are rendered.
/// </summary>
public static class KitTemplates
{
    public static string Render(string templateName, ScriptObject model, TemplateSet? templates = null)
    {
        templates ??= TemplateSet.Embedded;
        return ScribanRenderer.Render(templateName, model, templates).TrimEnd() + "\n";
    }

    public static ScriptArray Array(IEnumerable<object> items)
    {
        var a = new ScriptArray();
        foreach (var i in items) a.Add(i);
        return a;
    }
}
