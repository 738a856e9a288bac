using System.Text;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// Random infix texts that follow the grammar (so they reach deep into the parser and the engine),
/// with a fixed seed: numbers of every shape (huge, decimal, exponent), names, indexed names,
/// calls, sums, derivatives of undefined functions, signs, powers and brackets.
/// </summary>
internal sealed class InfixGrammarGenerator(int seed)
{
    private readonly Random random = new(seed);

    private static readonly string[] Names = ["x", "y", "z", "alpha", "beta", "w1", "w2", "mu[i]", "sigma", "t", "e", "pi", "i"];
    private static readonly string[] Numbers = ["0", "1", "2", "3", "10", "1/2", "0.5", "1e-3", "2.5e3", "100", "99999999999999999999", "1e100", "0.000001"];
    private static readonly string[] Unary = ["sin", "cos", "log", "ln", "exp", "sqrt", "abs", "sign", "relu", "sigmoid", "logit", "heaviside"];
    private static readonly string[] Binary = ["+", "-", "*", "/", "^"];

    public string Next() => Expression(random.Next(1, 7));

    private string Expression(int depth)
    {
        if (depth <= 0) return Atom();
        return random.Next(10) switch
        {
            0 or 1 or 2 => $"{Expression(depth - 1)} {Pick(Binary)} {Expression(depth - 1)}",
            3 => $"({Expression(depth - 1)})",
            4 => $"-{Expression(depth - 1)}",
            5 => $"{Pick(Unary)}({Expression(depth - 1)})",
            6 => $"{Pick(["max", "min", "atan2"])}({Expression(depth - 1)}, {Expression(depth - 1)})",
            7 => $"({Expression(depth - 1)})^{Pick(["2", "3", "-1", "(1/2)", "(10^100)", "n", "0"])}",
            8 => $"sum({Expression(depth - 1)}*mu[k], k, 1, {Pick(["n", "3", "10"])})",
            _ => random.Next(2) == 0 ? $"f({Expression(depth - 1)})" : $"g'({Expression(depth - 1)})",
        };
    }

    private string Atom() => random.Next(3) == 0 ? Pick(Numbers) : Pick(Names);

    private string Pick(string[] options) => options[random.Next(options.Length)];
}

/// <summary>
/// Byte-level damage to valid texts: deletions, insertions of hostile characters (brackets,
/// operators, look-alike Unicode, NUL, control characters), duplications, truncation, deep wrapping.
/// </summary>
internal sealed class TextMutator(int seed)
{
    private readonly Random random = new(seed);

    private static readonly string[] Inserts =
    [
        "(", ")", "[", "]", "{", "}", "^", "**", "-", "+", "*", "/", ",", "'", "=", "<", ">=", "\\", "$", "&",
        "\u2212", "\u2013", "\u00d7", "\u00b7", "\u00a0", "\u200b", "\ufeff", "\0", "\u0001", "\r\n", "\n",
        "é", "\ud83d\ude00", "\ud800", "9999999999999999999999999", "1e99999", "0", "^(10^100)", "sum(", "f'", "'''",
        "\\frac{", "\\left(", "\\begin{pmatrix}", "\\end{pmatrix}", "\\input{x}", "\\def\\a{b}", "\\write18{rm}", "%",
    ];

    public string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 5);
        for (var k = 0; k < edits; k++) MutateOnce(builder);
        return builder.ToString();
    }

    private void MutateOnce(StringBuilder b)
    {
        var at = b.Length == 0 ? 0 : random.Next(b.Length + 1);
        switch (random.Next(7))
        {
            case 0 when b.Length > 0:
                b.Remove(Math.Min(at, b.Length - 1), Math.Min(random.Next(1, 4), b.Length - Math.Min(at, b.Length - 1)));
                break;
            case 1 or 2:
                b.Insert(at, Inserts[random.Next(Inserts.Length)]);
                break;
            case 3 when b.Length > 0:
                var start = random.Next(b.Length);
                var length = Math.Min(random.Next(1, 12), b.Length - start);
                b.Insert(at, b.ToString(start, length));
                break;
            case 4:
                b.Length = Math.Min(b.Length, at);
                break;
            case 5:
                var n = random.Next(1, 60);
                b.Insert(0, new string('(', n)).Append(new string(')', random.Next(n + 1)));
                break;
            default:
                b.Insert(at, (char)random.Next(0x20, 0x7F));
                break;
        }
    }
}
