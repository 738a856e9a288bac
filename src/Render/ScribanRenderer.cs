using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Parsing;
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
        var context = Context(templates, globals, holes: null);
        return Rendered(templateName, templates, context).Replace("\r\n", "\n");
    }

    /// <summary>
    /// <see cref="Render(string, IReadOnlyList{ScriptObject}, TemplateSet)"/> for a model whose equation numbers are <see cref="EquationNumber"/>s:
    /// the text with a hole at each. For the embedded templates only, whose includes write in order into the output (TemplateInclude);
    /// Scriban's own include, which a template directory keeps, writes an included template's text after what it wrote in between.
    /// </summary>
    public static QuestionText Typeset(string templateName, IReadOnlyList<ScriptObject> globals, TemplateSet templates)
    {
        if (!templates.IsEmbedded) throw new ArgumentException("Only the embedded templates are typeset with holes.", nameof(templates));
        var holes = new QuestionText.Recorder(templates);
        var context = Context(templates, globals, holes);
        context.PushOutput(holes);
        Rendered(templateName, templates, context);
        return holes.Finish();
    }

    private static string Rendered(string templateName, TemplateSet templates, TemplateContext context)
    {
        var template = templates.Parsed(templateName);
        try { return template.Render(context); }
        catch (ScriptRuntimeException e) { throw new RenderException($"{templateName}: template error: {e.Message}"); }
    }

    private static NumberingContext Context(TemplateSet templates, IReadOnlyList<ScriptObject> globals, QuestionText.Recorder? holes)
    {
        var context = new NumberingContext(templates.IsEmbedded ? TemplateBuiltins.Create() : new BuiltinFunctions(), holes)
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
        return context;
    }

    /// <summary>A context that writes an <see cref="EquationNumber"/> as a hole in the output it was given.</summary>
    private sealed class NumberingContext(ScriptObject builtins, QuestionText.Recorder? holes) : TemplateContext(builtins)
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            if (textAsObject is not EquationNumber number) return base.Write(span, textAsObject);
            if (holes is null) throw new ScriptRuntimeException(span, "an equation number of a question typeset on its own, in a rendering without holes");
            holes.Hole(number);
            return this;
        }
    }
}
