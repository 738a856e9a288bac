using System.Globalization;
using System.Text;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing.Presentation;

namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>
/// Plain infix text, the form <see cref="Parsing.Infix.InfixParser"/> reads back: x^2 + 2*x + 1,
/// x/(2*y), sqrt(x), exp(x), mu[i], f'(x), sum(body, i, lo, hi). Rendered from the shared display tree.
/// </summary>
public static class InfixPrinter
{
    public static string Print(Expr e) => Render(Presenter.Present(e));

    public static string Print(Relation r) => $"{Print(r.Left)} {Relation.Symbol(r.Kind)} {Print(r.Right)}";

    /// <summary>Binding strength: a node whose level is below what its context requires gets parentheses.</summary>
    private static int Level(DisplayNode node) => node switch
    {
        DisplaySum or DisplayNegation => 1,
        DisplayProduct or DisplayFraction => 2,
        DisplayPower or DisplayRoot { Degree: > 2 } => 3,
        _ => 4,
    };

    private static string Render(DisplayNode node)
    {
        Safety.StackGuard.Ensure("printing");
        return RenderNode(node);
    }

    private static string RenderNode(DisplayNode node) => node switch
    {
        DisplayInteger n => n.Value.ToString(CultureInfo.InvariantCulture),
        DisplayConstant c => c.Which switch { ConstantKind.E => "e", ConstantKind.Pi => "pi", ConstantKind.I => "i", _ => "undefined" },
        DisplaySymbol s => Symbol(s),
        DisplaySum s => Sum(s),
        DisplayNegation n => "-" + AtLeast(n.Operand, 2),
        DisplayProduct p => string.Join("*", p.Factors.Select(f => AtLeast(f, 2))),
        DisplayFraction f => Fraction(f),
        DisplayPower p => $"{AtLeast(p.Base, 4)}^{AtLeast(p.Exponent, 4)}",
        DisplayRoot r => r.Degree == 2 ? $"sqrt({Render(r.Radicand)})" : $"{AtLeast(r.Radicand, 4)}^(1/{r.Degree})",
        DisplayExp e => $"exp({Render(e.Exponent)})",
        DisplayCall c => Call(c.Which.ToString().ToLowerInvariant(), c.Arguments),
        DisplayApply a => Apply(a),
        DisplayIndexedSum s => $"sum({Render(s.Body)}, {Symbol(s.Index)}, {Render(s.Lower)}, {Render(s.Upper)})",
        DisplayIndexedProduct p => $"prod({Render(p.Body)}, {Symbol(p.Index)}, {Render(p.Lower)}, {Render(p.Upper)})",
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    /// <summary>
    /// a/b, with one exception: a denominator "8*(x + 1)" would be read back as 8x + 8 (a number
    /// times a lone sum distributes), so it is written a/8/(x + 1), which reads back unchanged.
    /// </summary>
    private static string Fraction(DisplayFraction f)
    {
        var numerator = AtLeast(f.Numerator, 2);
        if (f.Denominator is DisplayProduct { Factors: [DisplayInteger n, DisplaySum sum] })
            return $"{numerator}/{Render(n)}/({Render(sum)})";
        return $"{numerator}/{AtLeast(f.Denominator, 3)}";
    }

    private static string AtLeast(DisplayNode node, int level) =>
        Level(node) < level ? $"({Render(node)})" : Render(node);

    private static string Symbol(DisplaySymbol s) =>
        s.Indices.Count == 0 ? s.Name : $"{s.Name}[{string.Join(",", s.Indices.Select(Render))}]";

    private static string Sum(DisplaySum s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Terms.Count; i++)
        {
            var (subtracted, term) = s.Terms[i];
            if (i == 0) sb.Append(subtracted ? "-" : "");
            else sb.Append(subtracted ? " - " : " + ");
            sb.Append(AtLeast(term, 2));
        }
        return sb.ToString();
    }

    /// <summary>
    /// f(x) and f'(x); a partial derivative of a several-argument function is written f_d10(x, y) (orders per argument).
    /// A conditional density is written as it is, q(z | x), for q|1(z, x) (the count of arguments before the bar) and for
    /// p|x(z) (the condition in the name); the parser reads q(z | x) back as q|1(z, x).
    /// </summary>
    private static string Apply(DisplayApply a)
    {
        if (Rewriting.Integrals.Parts(a.Name) is var (lower, upper, variable) && a.Arguments.Count == 1)
            return $"int{(lower.Length + upper.Length > 0 ? $"[{lower}, {upper}]" : "")}({Render(a.Arguments[0])}) d{variable}";
        var bar = a.Name.IndexOf('|', StringComparison.Ordinal);
        var name = bar > 0 ? a.Name[..bar] : a.Name;
        if (a.Arguments.Count == 1) name += new string('\'', a.DerivativeOrders[0]);
        else if (a.DerivativeOrders.Any(o => o > 0))
            name += "_d" + string.Concat(a.DerivativeOrders.Select(o => o.ToString(CultureInfo.InvariantCulture)));
        if (bar <= 0) return Call(name, a.Arguments);
        var args = a.Arguments.Select(Render).ToList();
        var condition = a.Name[(bar + 1)..];
        // The expectation over q(z | x), E_q|x(body) (the checker's name), as E_q(.|x)[body].
        if (ProbabilityNotation.IsExpectation(name) && args.Count == 1) return $"{name}(.|{condition})[{args[0]}]";
        var counted = int.TryParse(condition, NumberStyles.None, CultureInfo.InvariantCulture, out var before) && before > 0 && before < args.Count;
        var (given, on) = counted ? (args.Take(before), args.Skip(before)) : (args, [condition]);
        return $"{name}({string.Join(", ", given)} | {string.Join(", ", on)})";
    }

    private static string Call(string name, IReadOnlyList<DisplayNode> args) =>
        $"{name}({string.Join(", ", args.Select(Render))})";
}
