using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Ift6135.Sym.Render;

/// <summary>
/// <c>include</c> for the embedded templates: the included template writes straight into the output of the template that
/// includes it. Scriban's own include renders it into a fresh builder, turns that into a string and writes the string into
/// the includer's builder: the document is nested five deep (document, question, part, block, chain), so its text was
/// copied about five times over, the largest allocation of rendering. Only for the embedded templates, which include
/// without arguments and at column 0 (TemplateIncludeTests; no indentation to apply); a template directory keeps Scriban's.
/// </summary>
internal sealed class TemplateInclude : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "template_name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 1) throw new ScriptRuntimeException(span, $"include takes the name of a template only, not {arguments.Count} arguments");
        if (context.TemplateLoader is not TemplateSet templates) throw new ScriptRuntimeException(span, "include needs the templates' loader");
        var name = context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name)) throw new ScriptRuntimeException(span, "include needs the name of a template");
        var template = templates.Parsed(name);
        context.EnterRecursive(callerContext);
        // Template.Render writes into the context's current output, then returns that output as a string and empties it:
        // an output that hands every write to the includer's, and has nothing of its own to return.
        context.PushOutput(new Forwarding(context.Output));
        try { template.Render(context); }
        finally
        {
            context.PopOutput();
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private sealed class Forwarding(IScriptOutput target) : IScriptOutput
    {
        public void Write(string text, int offset, int count) => target.Write(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
            target.WriteAsync(text, offset, count, cancellationToken);

        public override string ToString() => "";
    }
}
