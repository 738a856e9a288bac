namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexMathParser
{
    /// <summary>Whether <paramref name="word"/> names an arg max or arg min (\operatorname{argmax}, \mathrm{argmin}); null for another word.</summary>
    private static bool? ArgOptimumWord(string? word) => word switch
    {
        "argmax" => true,
        "argmin" => false,
        _ => null,
    };

    /// <summary>
    /// \arg\max_{q \in Q} f(q) after its operator words: the variable below (with the set it ranges over, kept as written) and the
    /// term after it. Only a definition reads it (q^* = \arg\max_{q} f(q)): the name then maximizes f.
    /// </summary>
    private ArgOptimumNode ParseArgOptimum(bool maximum, int start)
    {
        if (!Peek.IsChar('_')) throw ErrorAt(Peek, "the variable below the arg max, as in \\arg\\max_{q \\in Q} f(q)");
        Advance();
        NameNode variable;
        string? domain = null;
        if (Peek.IsChar('{'))
        {
            Advance();
            variable = ParseName(single: false);
            if (Peek.IsCommand("in")) domain = RawUntilClosingBrace();
            ExpectChar('}', "'}' (or \\in and a set) after the variable of the arg max");
        }
        else variable = ParseName(single: true);
        if (!StartsFactor(Peek)) throw ErrorAt(Peek, "the function the arg max optimizes, after its variable");
        var body = ParseTerm(stopAtBigOperator: false);
        return new ArgOptimumNode(maximum, variable, domain, body, SpanFrom(start), start, LastEnd);
    }

    /// <summary>The text from just after the current token (\in) to the brace that closes the group, which is not consumed.</summary>
    private string RawUntilClosingBrace()
    {
        var from = Advance().End;
        var depth = 0;
        while (!(Peek.IsChar('}') && depth == 0))
        {
            if (Peek.Kind == LatexTokenKind.End) throw ErrorAt(Peek, "'}' closing the subscript of the arg max");
            if (Peek.IsChar('{')) depth++;
            else if (Peek.IsChar('}')) depth--;
            Advance();
        }
        return source.Text[from..Peek.Start].Trim();
    }
}
