using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// "Let $z_1 = z$": an entry of an indexed family named after a plain name, read as z_1 := z. Where a sum over the family meets the
/// plain name (\sum_{j=1}^{K} w_j against a given written in z: its first term, split off by the engine after reading, keeps z_1),
/// the step can also be read the other way, z := z_1: the same naming, which the step's own reading could not decide.
/// </summary>
internal static class EntryNamings
{
    /// <summary>The context with every such naming turned (z read as z_1, z_1 no longer defined); null when the document has none.</summary>
    public static LatexContext? Turned(LatexContext context)
    {
        var namings = context.ValueDefinitions.Select(d => (Entry: d.Key, Plain: PlainNamed(d.Key, d.Value, context))).Where(n => n.Plain is not null).ToList();
        if (namings.Count == 0) return null;
        var turned = namings.Aggregate(context, (c, n) => c.WithoutDefinition(n.Entry));
        foreach (var (entry, plain) in namings)
        {
            MathNode written;
            try { written = LatexMathParser.Parse(entry, turned); }
            catch (ParseException) { return null; }
            if (written is not NameNode) return null;
            turned = turned.WithDefinition(plain!, new ValueDefinition(written, new LatexSource(entry), turned));
        }
        return turned;
    }

    /// <summary>The plain name an entry <paramref name="key"/> is defined as (z for z_1 := z), a name with no meaning of its own; else null.</summary>
    private static string? PlainNamed(string key, ValueDefinition definition, LatexContext context) =>
        definition is { Entry: null, Body: NameNode { Subscript: null, Marks: "" } plain } && IsNumberedEntry(key)
        && context.DefinitionOf(plain.Key) is null && !context.IsFunction(plain.Key) && context.ShapeOf(plain.Key) is null ? plain.Key : null;

    /// <summary>z_1, w_{2}: a name with a whole-number subscript.</summary>
    private static bool IsNumberedEntry(string key) =>
        key.IndexOf('_', StringComparison.Ordinal) is var at and > 0 && at < key.Length - 1 && key[(at + 1)..].All(char.IsAsciiDigit);
}
