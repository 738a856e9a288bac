using System.Globalization;
using System.Numerics;
using System.Text;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>
/// Plain infix text, the form the infix parser reads back: a - b for negative terms, x/(y*z) for
/// negative powers, sqrt and exp by name, indices in brackets (mu[i]).
/// </summary>
public static class InfixPrinter
{
    private const int SumLevel = 1, ProductLevel = 2, PowerLevel = 4, AtomLevel = 5;

    public static string Print(Expr e)
    {
        var sb = new StringBuilder();
        Write(sb, e, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr e, int context)
    {
        var level = Level(e);
        var wrap = level <= context;
        if (wrap) sb.Append('(');
        switch (e)
        {
            case Number n: sb.Append(n.Value.ToString()); break;
            case Constant c: sb.Append(c.Which switch { ConstantKind.E => "e", ConstantKind.Pi => "pi", ConstantKind.I => "i", _ => "undefined" }); break;
            case Symbol s: WriteSymbol(sb, s); break;
            case Sum s: WriteSum(sb, s); break;
            case Product p: WriteProduct(sb, p); break;
            case Power p: WritePower(sb, p); break;
            case Function f: WriteCall(sb, f.Which.ToString().ToLowerInvariant(), f.Arguments); break;
            case Apply a: WriteApply(sb, a); break;
            case IndexedSum s:
                sb.Append("sum(");
                Write(sb, s.Body, 0);
                sb.Append(", ").Append(s.Index.Name).Append(", ");
                Write(sb, s.Lower, 0);
                sb.Append(", ");
                Write(sb, s.Upper, 0);
                sb.Append(')');
                break;
        }
        if (wrap) sb.Append(')');
    }

    private static int Level(Expr e) => e switch
    {
        Sum => SumLevel,
        Product p => IsNegativeTerm(p) ? SumLevel : ProductLevel,
        Number n => n.Value.IsNegative ? SumLevel : n.Value.IsInteger ? AtomLevel : ProductLevel,
        Power { Exponent: Number { Value.IsNegative: true } } => ProductLevel,
        Power { Base: Constant { Which: ConstantKind.E } } => AtomLevel,
        Power { Exponent: Number { Value: var half } } when half == Numbers.BigRational.Half => AtomLevel,
        Power => PowerLevel,
        _ => AtomLevel,
    };

    private static bool IsNegativeTerm(Expr e) => e is Product { Factors: [Number { Value.IsNegative: true }, ..] } || e is Number { Value.IsNegative: true };

    private static void WriteSymbol(StringBuilder sb, Symbol s)
    {
        sb.Append(s.Name);
        if (!s.IsIndexed) return;
        sb.Append('[');
        for (var i = 0; i < s.Indices.Count; i++)
        {
            if (i > 0) sb.Append(',');
            Write(sb, s.Indices[i], 0);
        }
        sb.Append(']');
    }

    private static void WriteSum(StringBuilder sb, Sum s)
    {
        // The constant goes last, as one writes x + 1.
        var terms = s.Terms.Skip(1).Append(s.Terms[0]).ToList();
        if (s.Terms[0] is not Number) terms = s.Terms.ToList();
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            if (i > 0)
            {
                if (IsNegativeTerm(t)) { sb.Append(" - "); Write(sb, Build(t, negate: true), SumLevel); continue; }
                sb.Append(" + ");
            }
            Write(sb, t, i == 0 ? 0 : SumLevel);
        }
    }

    private static Expr Build(Expr t, bool negate) => negate ? Construction.Build.Neg(t) : t;

    private static void WriteProduct(StringBuilder sb, Product p)
    {
        var coefficient = p.Factors[0] is Number c ? c.Value : Numbers.BigRational.One;
        var numerator = new List<Expr>();
        var denominator = new List<Expr>();
        foreach (var f in p.Factors)
        {
            if (f is Number) continue;
            if (f is Power { Exponent: Number { Value.IsNegative: true } ne } pw)
                denominator.Add(Construction.Build.Pow(pw.Base, Number.Of(-ne.Value)));
            else numerator.Add(f);
        }
        if (coefficient.IsNegative) { sb.Append('-'); coefficient = -coefficient; }
        var parts = new List<Action>();
        if (!coefficient.Numerator.IsOne || numerator.Count == 0)
            parts.Add(() => sb.Append(coefficient.Numerator.ToString(CultureInfo.InvariantCulture)));
        foreach (var f in numerator) parts.Add(() => Write(sb, f, ProductLevel - 1 + (f is Product ? 1 : 0)));
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) sb.Append('*');
            parts[i]();
        }
        var den = new List<Action>();
        if (!coefficient.Denominator.IsOne) den.Add(() => sb.Append(coefficient.Denominator.ToString(CultureInfo.InvariantCulture)));
        foreach (var f in denominator) den.Add(() => Write(sb, f, den.Count > 1 || denominator.Count + (coefficient.Denominator.IsOne ? 0 : 1) > 1 ? ProductLevel - 1 : ProductLevel));
        if (den.Count == 0) return;
        sb.Append('/');
        var group = den.Count > 1;
        if (group) sb.Append('(');
        for (var i = 0; i < den.Count; i++)
        {
            if (i > 0) sb.Append('*');
            den[i]();
        }
        if (group) sb.Append(')');
    }

    private static void WritePower(StringBuilder sb, Power p)
    {
        if (p.Base is Constant { Which: ConstantKind.E }) { WriteCall(sb, "exp", [p.Exponent]); return; }
        if (p.Exponent is Number { Value: var x })
        {
            if (x.Numerator.IsOne && x.Denominator == 2) { WriteCall(sb, "sqrt", [p.Base]); return; }
            if (x.IsNegative)
            {
                sb.Append("1/");
                Write(sb, Construction.Build.Pow(p.Base, Number.Of(-x)), ProductLevel);
                return;
            }
        }
        Write(sb, p.Base, PowerLevel);
        sb.Append('^');
        Write(sb, p.Exponent, PowerLevel);
    }

    private static void WriteApply(StringBuilder sb, Apply a)
    {
        sb.Append(a.Name);
        if (a.Arguments.Count == 1) sb.Append('\'', a.DerivativeOrders[0]);
        else if (a.IsDifferentiated)
            sb.Append("_d").Append(string.Join("", a.DerivativeOrders.Select(o => o.ToString(CultureInfo.InvariantCulture))));
        WriteCall(sb, "", a.Arguments);
    }

    private static void WriteCall(StringBuilder sb, string name, IReadOnlyList<Expr> args)
    {
        sb.Append(name).Append('(');
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, args[i], 0);
        }
        sb.Append(')');
    }

}
