using Ift6135.Sym.Checking.Declarations;
using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// The conditions a proof supposes in prose, "Suppose $b > 0$." or "Assume $x \ne 0$.": the steps after one in its paragraph are read
/// under it, as under "% assume:", until a blank line, the end of the answer, or a new case about the same names ("If $b < 0$, ..",
/// "Suppose $b < 0$"), which ends it. A case analysis of question 5.1 ("Suppose $b > 0$. For every $z \le -c/b$ we have $bz + c \le 0$,
/// so $g(z) = 0$") had every step after the supposition refuted at b &lt; 0.
/// </summary>
internal sealed class Suppositions
{
    private readonly List<(Declaration Relation, IReadOnlySet<string> Names)> active = [];

    /// <summary>Whether the prose word before a formula supposes it for what follows ("suppose", "assume"; not "assuming", a sentence's premise).</summary>
    public static bool Supposes(string? word) => word is "suppose" or "supposing" or "assume";

    public bool Any => active.Count > 0;

    /// <summary>Before a block: the suppositions end when a blank line stands between the last of them and it.</summary>
    public void Enter(MathBlock block, IReadOnlyList<string> lines)
    {
        if (active.Count == 0) return;
        for (var l = active[^1].Relation.Line + 1; l < block.Line && l <= lines.Count; l++)
            if (string.IsNullOrWhiteSpace(lines[l - 1])) { active.Clear(); return; }
    }

    public void Clear() => active.Clear();

    /// <summary>A condition about the names an active supposition is about starts a new case: that supposition ends.</summary>
    private void NewCase(IReadOnlySet<string> names) => active.RemoveAll(s => names.Count > 0 && s.Names.IsSubsetOf(names) && names.IsSubsetOf(s.Names));

    /// <summary>
    /// After a block the prose introduced with <paramref name="word"/> (null: none): a supposition from here on, or a condition that may
    /// start a new case (<see cref="NewCase"/>); a substitution ("with $z_1 = ..$") neither. <paramref name="statesInequality"/>: every
    /// chain the block held states an inequality.
    /// </summary>
    public void After(MathBlock block, string? word, IEnumerable<MathNode> read, bool statesInequality)
    {
        if (word is null) return;
        var supposes = Supposes(word, statesInequality);
        if (ProseCondition.Substitutes(word) && !supposes) return;
        var names = read.SelectMany(MathNodes.SelfAndDescendants).OfType<NameNode>().Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        NewCase(names);
        if (supposes && block.Lines is [var line])
            active.Add((new Declaration(DeclarationKind.Assume, line.Text, line.Offset, line.Line, line.Column), names));
    }

    /// <summary>
    /// "Let $z_1 &lt; z_2$." and "Take $x &gt; 1$." suppose an inequality as "Suppose" does (5.3's "Let $z_1 &lt; z_2$. By the mean value
    /// theorem .. (1 + f'(c))(z_2 - z_1) &gt; 0" was refuted at z_2 &lt; z_1); with an equation they name a value, a substitution.
    /// </summary>
    private static bool SupposesInequality(string word, bool statesInequality) => word is "let" or "take" && statesInequality;

    /// <summary>Whether a formula the prose introduces with <paramref name="word"/> is supposed for what follows: after "suppose" or "assume", and after "let" or "take" when it states an inequality.</summary>
    public static bool Supposes(string word, bool statesInequality) => Supposes(word) || SupposesInequality(word, statesInequality);

    /// <summary>The state a block is read in: <paramref name="state"/> with every active supposition assumed (one that does not read is left out).</summary>
    public DeclarationState Apply(DeclarationState state, IReadOnlyList<string> lines)
    {
        foreach (var (relation, _) in active)
        {
            try { state = DeclarationReader.Apply(state, relation, lines); }
            catch (ParseException) { /* a supposition the checker cannot read is only not assumed; its formula was reported where written */ }
        }
        return state;
    }
}
