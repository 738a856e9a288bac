using System.Text.RegularExpressions;
using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>One expression of a chain: its syntax, the source it was read from, its text, and the justification written on its line.</summary>
public sealed record ChainPiece(MathNode Node, LatexSource Source, string Text, string? Justification)
{
    public (int Line, int Column) Position => (Node.Span.Line, Node.Span.Column);
}

/// <summary>
/// A chain read from a display: n pieces and n - 1 relations between them. <see cref="Link"/> is the
/// implication (⇒, ⇔, ⇐) that led to this statement from the previous one, a logical step that is reported, not checked.
/// </summary>
public sealed record Chain(string Environment, IReadOnlyList<ChainPiece> Pieces, IReadOnlyList<RelationToken> Relations, LogicalLink? Link = null,
    bool LeadsOn = false, bool AfterComma = false)
{
    /// <summary>
    /// A statement of a logical chain (E1 ⇔ E2, E1 ⇒ E2): linked from or to another statement. A single equation
    /// there states what is being transformed ("solve for r"), it is not claimed for every value.
    /// </summary>
    public bool IsStatementEquation => (Link is not null || LeadsOn) && Relations.Count == 1 && Relations[0].Relation == LatexRelation.Equal;

    /// <summary>
    /// Inequalities of a logical chain (\alpha^2 - \alpha &lt; 0 \iff 0 &lt; \alpha &lt; 1): conditions on the names, stated, not claimed for
    /// every value.
    /// </summary>
    public bool IsStatementCondition => (Link is not null || LeadsOn) && Relations.Count > 0
        && Relations.All(r => r.Relation is LatexRelation.Less or LatexRelation.LessOrEqual or LatexRelation.Greater or LatexRelation.GreaterOrEqual);

    public string Statement => StatementText(Pieces, Relations);

    public static string StatementText(IReadOnlyList<ChainPiece> pieces, IReadOnlyList<RelationToken> relations) =>
        string.Join(" ", pieces.Select((p, k) => k < relations.Count ? $"{p.Text} {relations[k].Written}" : p.Text));
}

/// <summary>An implication between two statements: the relation and the statement it comes from.</summary>
public sealed record LogicalLink(RelationToken Relation, string FromStatement, Chain? From = null);

/// <summary>
/// Reads the lines of a display into chains: a line that starts with a relation continues the previous
/// right-hand side; a line that does not starts a new chain. A line that cannot be parsed is reported
/// and cuts the chain there; the lines after it are still read. Each chain is handed over as soon as it
/// is closed, before the line that closed it is read for good: its definitions (g(z) := z + f(z)) decide
/// how that line reads (g'(z) = 1 + f'(z) on the next line of the same align).
/// </summary>
public static partial class ChainBuilder
{
    /// <param name="context">The declarations in force, asked again after each chain handed to <paramref name="onChain"/>.</param>
    /// <param name="expressionsRead">When given, receives every expression read from the block, also those of lines that make
    /// no chain (a lone expression): the names the block uses, without parsing its lines a second time.</param>
    public static void Read(MathBlock block, Func<LatexContext> context, IReadOnlyList<string> documentLines, List<ParseError> errors,
        Action<Chain> onChain, bool splitSideNotes = false, List<MathNode>? expressionsRead = null)
    {
        var pieces = new List<ChainPiece>();
        var relations = new List<RelationToken>();
        LogicalLink? link = null;
        Chain? lastClosed = null;
        var afterUnreadable = false;
        // Set when the line being read is what followed ",\qquad" on the line before: its chain is marked so.
        var afterComma = false;
        var chainAfterComma = false;
        foreach (var line in block.Lines)
        {
            LatexSource? source = new LatexSource(line.Text, line.Line, line.Column, documentLines);
            while (source is not null) source = ReadLine(source);
        }
        Close();

        // Reads one line into the chain; in a definitions environment, returns what follows a top-level comma
        // ("u_1 = .., u_2 = ..") as the next line to read, so each of its definitions is read.
        LatexSource? ReadLine(LatexSource source)
        {
            if (ParseStartingChain(source) is not { } parsed) return null;
            if (parsed.IsEmpty) return null;
            expressionsRead?.AddRange(parsed.Expressions);
            var dropLead = false;
            var justification = parsed.Texts.Count == 0 ? null : string.Join("; ", parsed.Texts.Where(t => t.Length > 0));
            if (parsed.StartsWithRelation)
            {
                if (pieces.Count == 0 && afterUnreadable)
                {
                    // The line it continues could not be read (that error is reported): the chain restarts at this line's expression.
                    dropLead = true;
                }
                else if (pieces.Count == 0)
                {
                    var r = parsed.Relations[0];
                    errors.Add(new ParseError($"an expression before '{r.Written}': this line continues nothing (the line before it is missing or could not be read)",
                        r.Span, source.LineText(r.Span.Line)));
                    return null;
                }
            }
            else
            {
                Close();
                chainAfterComma = afterComma;
            }
            afterComma = false;
            afterUnreadable = false;
            var relationIndex = 0;
            if (parsed.StartsWithRelation && dropLead) relationIndex++;
            else if (parsed.StartsWithRelation) Relate(parsed.Relations[relationIndex++]);
            for (var k = 0; k < parsed.Expressions.Count; k++)
            {
                var node = parsed.Expressions[k];
                pieces.Add(new ChainPiece(node, source, PieceText(source.Text[WithLeft(source.Text, node.Start)..node.End]), justification));
                if (k < parsed.Expressions.Count - 1) Relate(parsed.Relations[relationIndex++]);
            }
            if (parsed.SideNoteStart is not int side || side >= source.Text.Length) return null;
            if (splitSideNotes) return source.Sub(side);
            // "a = b,\qquad c = d": a second statement on the line, set apart by the spacing, not a side condition of the first.
            if (!SecondStatement(source.Text[side..]) && !NextAssignment(parsed, source.Text[..side], source.Text[side..])) return null;
            afterComma = true;
            return source.Sub(side);
        }

        // "a = 1, b = 2, c = 0": after a name given its value, a comma and another name given one is the next of a list of values,
        // not a side condition of the first (the three were read as a = 1 alone, b and c lost).
        // A range is no value: in "w_k = .., k = 1, \dots, K" the name after the comma is already written before it, or dots follow.
        static bool NextAssignment(ParsedLine first, string before, string rest)
        {
            if (first is not { StartsWithRelation: false, Expressions: [NameNode, _], Relations: [{ Relation: LatexRelation.Equal or LatexRelation.Defines }] }) return false;
            if (AssignedName().Match(rest) is not { Success: true } m || Dots().IsMatch(rest)) return false;
            var name = m.Groups[1].Value;
            return !Regex.IsMatch(before, $@"(?<![\\a-zA-Z]){Regex.Escape(name)}(?![a-zA-Z])");
        }

        static bool SecondStatement(string rest)
        {
            var text = rest.TrimStart();
            return (text.StartsWith(@"\qquad", StringComparison.Ordinal) || text.StartsWith(@"\quad", StringComparison.Ordinal))
                && DerivationChecker.MayHoldRelation(text);
        }

        // An implication ends a statement and starts the next; other relations link two expressions of one chain.
        void Relate(RelationToken r)
        {
            if (r.Relation is LatexRelation.Implies or LatexRelation.Iff or LatexRelation.ImpliedBy)
            {
                var from = Chain.StatementText(pieces, relations);
                Close(leadsOn: true);
                link = new LogicalLink(r, from, lastClosed);
            }
            else relations.Add(r);
        }

        // A side that opens with \left| starts at the bar: its \left is taken too, or the text would show \right| alone.
        static int WithLeft(string text, int start)
        {
            var k = start;
            while (k > 0 && char.IsWhiteSpace(text[k - 1])) k--;
            return k >= 5 && string.CompareOrdinal(text, k - 5, @"\left", 0, 5) == 0 ? k - 5 : start;
        }

        // A node's text may end with the layout that followed it ("h &"): only the mathematics is shown.
        static string PieceText(string text) => text.Trim().TrimEnd('&').TrimEnd();

        void Close(bool leadsOn = false)
        {
            // A relation with nothing after it ("&\ge" then the end of the block) would leave a step without a right side.
            if (relations.Count > 0 && relations.Count >= pieces.Count)
            {
                var keep = Math.Max(0, pieces.Count - 1);
                var r = relations[keep];
                var shown = r.Span.Line >= 1 && r.Span.Line <= documentLines.Count ? documentLines[r.Span.Line - 1] : "";
                errors.Add(new ParseError($"expected an expression after '{r.Written}', found the end of the {block.Environment}", r.Span, shown));
                relations.RemoveRange(keep, relations.Count - keep);
            }
            lastClosed = null;
            // "$f'(r) > 0$ for $r > 0$", "If $x > 1$, then $x^3 > 1$": an inline formula's steps are read under the condition the prose
            // writes after or before it, as under a note.
            if (block.Condition.Length > 0)
                for (var k = 1; k < pieces.Count; k++)
                    if (pieces[k].Justification is null) pieces[k] = pieces[k] with { Justification = block.Condition };
            var closed = pieces.Count > 0 && (relations.Count > 0 || link is not null)
                ? new Chain(block.Environment, pieces.ToArray(), relations.ToArray(), link, leadsOn, chainAfterComma) : null;
            chainAfterComma = false;
            pieces.Clear();
            relations.Clear();
            link = null;
            if (closed is null) return;
            lastClosed = closed;
            onChain(closed);
        }

        // Reads a line; when it does not continue the chain (or cannot be read), the chain is closed and handed over first,
        // and the line read again if that changed the declarations. Null when the line cannot be read (reported).
        ParsedLine? ParseStartingChain(LatexSource source)
        {
            var used = context();
            ParsedLine parsed;
            try { parsed = LatexMathParser.ParseLine(source, used); }
            catch (ParseException e)
            {
                Close();
                if (ReferenceEquals(context(), used)) return Unreadable(e.Error);
                // Read again under the definitions the closed chain made (g(z) := z + f(z) makes g'(z) readable): what still fails
                // is reported as it fails now (f' of an undeclared f), not as it failed before them (g', defined since).
                try { return LatexMathParser.ParseLine(source, context()) is { StartsWithRelation: false } again ? again : Unreadable(e.Error); }
                catch (ParseException now) { return Unreadable(now.Error); }
            }
            if (parsed.StartsWithRelation || parsed.IsEmpty) return parsed;
            Close();
            if (ReferenceEquals(context(), used)) return parsed;
            try { return LatexMathParser.ParseLine(source, context()) is { StartsWithRelation: false } again ? again : parsed; }
            catch (ParseException e) { return Unreadable(e.Error); }
        }

        ParsedLine? Unreadable(ParseError error)
        {
            errors.Add(error);
            afterUnreadable = true;
            return null;
        }
    }

    /// <summary>A name (a letter or a Greek letter, maybe subscripted) then '=' or ':=' at the start of a text: "b = 2", "\beta_1 := 0".</summary>
    [GeneratedRegex(@"^\s*(\\[a-zA-Z]+|[a-zA-Z])(\s*_\s*(\{[^{}]*\}|\\?[a-zA-Z0-9]+))?\s*(=|:=|\\coloneqq)")]
    private static partial Regex AssignedName();

    [GeneratedRegex(@"\\[lc]?dots|\.\.\.")]
    private static partial Regex Dots();
}
