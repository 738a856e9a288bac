using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Ift6135.Sym.Render;

/// <summary>
/// Renders one Scriban template with a model filled by hand into script objects, on a configured
/// <see cref="TemplateContext"/>: never the reflection-based <c>Template.Render(object)</c>, which
/// renders blanks once the program is trimmed (NativeAOT). Shared by every document we write.
/// </summary>
public static class ScribanRenderer
{
    public static string Render(string templateName, ScriptObject model, TemplateSet templates) => Render(templateName, [model], templates);

    /// <summary>
    /// The template with several global objects, read from the last pushed to the first; what the template assigns goes into the
    /// last one, so a model shared by concurrent renderings stays unwritten when each rendering pushes an object of its own last.
    /// </summary>
    public static string Render(string templateName, IReadOnlyList<ScriptObject> globals, TemplateSet templates)
    {
        var template = templates.Parsed(templateName);
        var context = new TemplateContext(templates.IsEmbedded ? TemplateBuiltins.Create() : new BuiltinFunctions())
        {
            TemplateLoader = templates,
            StrictVariables = true,
            LoopLimit = 1_000_000,
            LimitToString = 0,
            NewLine = "\n",
            MemberRenamer = member => member.Name,
            // Scriban indents an included template's lines by the indentation of its include, rewriting the output it has written
            // so far at each include (a copy of the whole document each time, the largest part of rendering). Our templates
            // include at column 0 only (TemplateIncludeTests), where that indentation is empty; a template directory keeps it.
            AutoIndent = !templates.IsEmbedded,
        };
        foreach (var global in globals) context.PushGlobal(global);
        try { return template.Render(context).Replace("\r\n", "\n"); }
        catch (ScriptRuntimeException e) { throw new RenderException($"{templateName}: template error: {e.Message}"); }
    }
}
