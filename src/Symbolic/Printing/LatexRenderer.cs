using System.Globalization;
using System.Text;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing.Presentation;

namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>Renders a <see cref="DisplayNode"/> tree as LaTeX math, with the fewest parentheses that keep it unambiguous.</summary>
internal static class LatexRenderer
{
    /// <summary>e^{u} becomes \exp(u) when u holds a fraction or is longer than this many characters.</summary>
    private const int LongExponent = 12;

    public static string Render(DisplayNode node)
    {
        Safety.StackGuard.Ensure("printing");
        return RenderNode(node);
    }

    private static string RenderNode(DisplayNode node) => node switch
    {
        DisplayInteger n => n.Value.ToString(CultureInfo.InvariantCulture),
        DisplayConstant c => Constant(c.Which),
        DisplaySymbol s => Symbol(s),
        DisplaySum s => Sum(s),
        DisplayNegation n => "-" + Operand(n.Operand),
        DisplayProduct p => Product(p),
        DisplayFraction f => $@"\frac{{{Render(f.Numerator)}}}{{{Render(f.Denominator)}}}",
        DisplayPower p => $"{PowerBase(p.Base)}^{{{Render(p.Exponent)}}}",
        DisplayRoot r => r.Degree == 2 ? $@"\sqrt{{{Render(r.Radicand)}}}" : $@"\sqrt[{r.Degree}]{{{Render(r.Radicand)}}}",
        DisplayExp e => Exp(Render(e.Exponent)),
        DisplayCall c => Call(c, open: true),
        DisplayApply a => Apply(a, open: true),
        DisplayIndexedSum s => $@"\sum_{{{Render(s.Index)}={Render(s.Lower)}}}^{{{Render(s.Upper)}}} {Operand(s.Body)}",
        DisplayIndexedProduct p => $@"\prod_{{{Render(p.Index)}={Render(p.Lower)}}}^{{{Render(p.Upper)}}} {Operand(p.Body)}",
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static string Constant(ConstantKind which) => which switch
    {
        ConstantKind.E => "e",
        ConstantKind.Pi => @"\pi",
        ConstantKind.I => "i",
        _ => @"\mathrm{undefined}",
    };

    private static string Symbol(DisplaySymbol s)
    {
        var (body, subscript) = LatexNames.Split(s.Name);
        var parts = new List<string>();
        if (subscript is not null) parts.Add(subscript);
        if (s.Indices.Count > 0)
        {
            var indices = s.Indices.Select(Render).ToArray();
            parts.Add(indices.All(i => i.Length == 1) ? string.Concat(indices) : string.Join(",", indices));
        }
        return parts.Count == 0 ? body : $"{body}_{{{string.Join(",", parts)}}}";
    }

    private static string Sum(DisplaySum s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Terms.Count; i++)
        {
            var (subtracted, term) = s.Terms[i];
            if (i == 0) sb.Append(subtracted ? "-" : "");
            else sb.Append(subtracted ? " - " : " + ");
            sb.Append(Operand(term));
        }
        return sb.ToString();
    }

    /// <summary>A term after a sign, a negated operand, a summation body: sums and negations need parentheses.</summary>
    private static string Operand(DisplayNode node) =>
        node is DisplaySum or DisplayNegation ? Parenthesize(Render(node)) : Render(node);

    /// <summary>
    /// The places a formula too wide for a line may be broken: a sum's terms, each after its sign, and within
    /// a term that is a product (or a formula that is one) its factors, each after \cdot. Each term's text is
    /// what <see cref="Render"/> writes for it, so the terms joined with spaces are the same formula.
    /// </summary>
    public static IReadOnlyList<BreakableTerm> Terms(DisplayNode node)
    {
        Safety.StackGuard.Ensure("printing");
        return node switch
        {
            DisplaySum s => s.Terms.Select((t, i) => Term(i == 0 ? (t.Subtracted ? "-" : "") : (t.Subtracted ? "- " : "+ "), t.Term, Operand(t.Term))).ToArray(),
            _ => [Term("", node, Render(node))],
        };

        static BreakableTerm Term(string sign, DisplayNode term, string printed)
        {
            var text = sign + printed;
            return term is DisplayProduct p
                ? new BreakableTerm(text, FactorPieces(p).Select((x, k) => k == 0 ? sign + x : x).ToArray())
                : new BreakableTerm(text, [text]);
        }
    }

    private static string[] FactorPieces(DisplayProduct p) =>
        p.Factors.Select((_, i) => (i == 0 ? "" : @"\cdot ") + FactorText(p, i)).ToArray();

    private static string FactorText(DisplayProduct p, int i)
    {
        var f = p.Factors[i];
        var last = i == p.Factors.Count - 1;
        var needsParentheses = f is DisplaySum or DisplayNegation || (f is DisplayIndexedSum or DisplayIndexedProduct && !last);
        if (needsParentheses) return Parenthesize(Render(f));
        // \log x y reads as the logarithm of x y: an operator written without parentheses ends a product.
        return last ? Render(f) : Closed(f);
    }

    private static string Product(DisplayProduct p)
    {
        var sb = new StringBuilder();
        string? previous = null;
        for (var i = 0; i < p.Factors.Count; i++)
        {
            var text = FactorText(p, i);
            if (previous is not null)
            {
                // 2 \cdot 3 but 2x, 2\alpha and x y: juxtaposition unless two digits would run together.
                if (char.IsAsciiDigit(text[0])) sb.Append(@" \cdot ");
                else if (!previous.All(char.IsAsciiDigit) && !StartsWithParenthesis(text)) sb.Append(' ');
            }
            sb.Append(text);
            previous = text;
        }
        return sb.ToString();
    }

    private static bool StartsWithParenthesis(string text) =>
        text.StartsWith('(') || text.StartsWith(@"\left(", StringComparison.Ordinal);

    /// <summary>The node with its operator's parentheses kept (\log(x), \det(A)): as a power's base or before another factor.</summary>
    private static string Closed(DisplayNode node) => node switch
    {
        DisplayCall c => Call(c, open: false),
        DisplayApply a => Apply(a, open: false),
        _ => Render(node),
    };

    /// <summary>
    /// \log p(x), \log x, \det A: an operator's single argument goes without parentheses when it is one
    /// symbol, number or function value, as mathematicians write it; anything longer keeps them.
    /// </summary>
    private static bool Opens(DisplayNode argument) =>
        argument is DisplaySymbol or DisplayInteger or DisplayConstant { Which: not ConstantKind.I }
        || argument is DisplayApply a && a.DerivativeOrders.All(o => o == 0);

    private static string PowerBase(DisplayNode b)
    {
        var text = Closed(b);
        var atomic = b is DisplayInteger or DisplayConstant or DisplaySymbol or DisplayCall or DisplayRoot
            || b is DisplayApply a && a.DerivativeOrders.All(o => o == 0);
        return atomic ? text : Parenthesize(text);
    }

    private static string Exp(string exponent) =>
        exponent.Contains(@"\frac", StringComparison.Ordinal) || exponent.Length > LongExponent
            ? @"\exp" + Parenthesize(exponent)
            : $"e^{{{exponent}}}";

    private static string Call(DisplayCall c, bool open)
    {
        var args = string.Join(", ", c.Arguments.Select(Render));
        if (open && c.Which == FunctionKind.Log && Opens(c.Arguments[0])) return @"\log " + args;
        if (c.Which == FunctionKind.Abs)
            return IsTall(args) ? $@"\left\lvert {args} \right\rvert" : $@"\lvert {args} \rvert";
        var name = c.Which switch
        {
            FunctionKind.Log => @"\log",
            FunctionKind.Sign => @"\operatorname{sign}",
            FunctionKind.Max => @"\max",
            FunctionKind.Min => @"\min",
            FunctionKind.Heaviside => "H",
            FunctionKind.Sigmoid => @"\sigma",
            FunctionKind.Logit => @"\operatorname{logit}",
            FunctionKind.Sin => @"\sin",
            FunctionKind.Cos => @"\cos",
            FunctionKind.Atan2 => @"\operatorname{atan2}",
            _ => throw new NotSupportedException(c.Which.ToString()),
        };
        return name + Parenthesize(args);
    }

    /// <summary>
    /// f(x), f'(x), f''(x), f^{(4)}(x); for several arguments \frac{\partial V(d, g)}{\partial d} when each
    /// differentiated argument is a variable of its own, otherwise \partial_{k} f(x, y) with k counted from 1.
    /// </summary>
    private static string Apply(DisplayApply a, bool open)
    {
        // Each argument is rendered once: every notation below writes the same texts.
        var printed = a.Arguments.Select(Render).ToArray();
        if (ProbabilityNotation.Print(a.Name, a.DerivativeOrders, printed, IsTall) is { } special)
            return special;
        var name = LatexNames.FunctionName(a.Name);
        var args = Parenthesize(string.Join(", ", printed));
        if (a.Arguments.Count == 1)
        {
            var order = a.DerivativeOrders[0];
            if (open && order == 0 && LatexNames.IsNamedOperator(a.Name) && Opens(a.Arguments[0]))
                return $"{name} {printed[0]}";
            var marks = order switch { 0 => "", <= 3 => new string('\'', order), _ => $"^{{({order})}}" };
            return name + marks + args;
        }
        if (Leibniz(a, printed, name + args) is { } leibniz) return leibniz;
        var partials = new StringBuilder();
        for (var k = 0; k < a.DerivativeOrders.Count; k++)
        {
            var order = a.DerivativeOrders[k];
            if (order == 0) continue;
            partials.Append(@"\partial_{").Append(k + 1).Append('}');
            if (order > 1) partials.Append("^{").Append(order).Append('}');
        }
        return partials.Length == 0 ? name + args : $"{partials} {name}{args}";
    }

    /// <summary>
    /// ∂^n V(d, g) / ∂d^k ∂g^m, naming the variables: possible only when every differentiated argument is a
    /// plain symbol that no other argument repeats (the slot of V(d, d) or V(2d, g) has no name of its own).
    /// </summary>
    private static string? Leibniz(DisplayApply a, string[] printed, string applied)
    {
        var denominator = new StringBuilder();
        var total = 0;
        for (var k = 0; k < a.DerivativeOrders.Count; k++)
        {
            var order = a.DerivativeOrders[k];
            if (order == 0) continue;
            if (a.Arguments[k] is not DisplaySymbol || printed.Count(p => p == printed[k]) > 1) return null;
            total += order;
            if (denominator.Length > 0) denominator.Append(' ');
            denominator.Append(@"\partial ").Append(printed[k]);
            if (order > 1) denominator.Append("^{").Append(order).Append('}');
        }
        if (total == 0) return null;
        var numerator = total == 1 ? @"\partial" : $@"\partial^{{{total}}}";
        return $@"\frac{{{numerator} {applied}}}{{{denominator}}}";
    }

    internal static bool IsTall(string latex) =>
        latex.Contains(@"\frac", StringComparison.Ordinal) || latex.Contains(@"\sum", StringComparison.Ordinal)
        || latex.Contains(@"\begin", StringComparison.Ordinal) || latex.Contains(@"\left", StringComparison.Ordinal);

    private static string Parenthesize(string inner) => IsTall(inner) ? $@"\left({inner}\right)" : $"({inner})";
}
