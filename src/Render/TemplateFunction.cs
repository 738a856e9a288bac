using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Ift6135.Sym.Render;

/// <summary>
/// A Scriban function given by a delegate over its positional arguments, as Scriban passes them (a piped value
/// first): registered without reflection, unlike an imported method, whose parameters Scriban reads by
/// reflection when it is imported.
/// </summary>
internal sealed class TemplateFunction(string name, int parameterCount, Func<TemplateContext, SourceSpan, ScriptArray, object?> invoke) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameterCount;

    public int ParameterCount => parameterCount;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != parameterCount) throw new ScriptRuntimeException(span, $"{name} takes {parameterCount} arguments, not {arguments.Count}");
        return invoke(context, span, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
