using System.Collections;
using Scriban.Functions;
using Scriban.Runtime;

namespace Ift6135.Sym.Render;

/// <summary>
/// The builtins of the embedded templates: <c>include</c> (<see cref="TemplateInclude"/>, which writes into the includer's
/// output), <c>array.join</c> and <c>string.replace</c>, these two calling Scriban's own implementation. Scriban's full set imports a dozen function libraries by reflection when the first
/// context is made, which in the native build cost more than rendering the whole document; a template directory
/// (written by someone else, who may use any builtin) still gets the full set.
/// </summary>
internal static class TemplateBuiltins
{
    public static ScriptObject Create()
    {
        var array = new ScriptObject
        {
            ["join"] = new TemplateFunction("array.join", 2, (context, span, args) =>
                ArrayFunctions.Join(context, span, args[0] as IEnumerable, context.ObjectToString(args[1]), null)),
        };
        var text = new ScriptObject
        {
            ["replace"] = new TemplateFunction("string.replace", 3, (context, _, args) =>
                StringFunctions.Replace(context.ObjectToString(args[0]), context.ObjectToString(args[1]), context.ObjectToString(args[2]))),
        };
        return new ScriptObject
        {
            ["include"] = new TemplateInclude(),
            ["array"] = array,
            ["string"] = text,
        };
    }
}
