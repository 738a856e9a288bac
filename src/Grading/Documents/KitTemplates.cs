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
        var template = Template.Parse(templates.Read(templateName), templateName);
        if (template.HasErrors) throw new RenderException(string.Join("\n", template.Messages.Select(m => m.ToString())));
        var context = new TemplateContext
        {
            TemplateLoader = templates,
            StrictVariables = true,
            LoopLimit = 1_000_000,
            LimitToString = 0,
            NewLine = "\n",
            MemberRenamer = member => member.Name,
        };
        context.PushGlobal(model);
        try { return template.Render(context).Replace("\r\n", "\n").TrimEnd() + "\n"; }
        catch (ScriptRuntimeException e) { throw new RenderException($"{templateName}: template error: {e.Message}"); }
    }

    public static ScriptArray Array(IEnumerable<object> items)
    {
        var a = new ScriptArray();
        foreach (var i in items) a.Add(i);
        return a;
    }
}
