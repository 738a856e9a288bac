using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Printing.Presentation;

/// <summary>Turns a canonical <see cref="Expr"/> into the <see cref="DisplayNode"/> tree the printers render.</summary>
public static class Presenter
{
    public static DisplayNode Present(Expr e)
    {
        Safety.StackGuard.Ensure("printing");
        return PresentNode(e);
    }

    private static DisplayNode PresentNode(Expr e) => e switch
    {
        Number n => PresentNumber(n.Value),
        Constant c => new DisplayConstant(c.Which),
        Symbol s => PresentSymbol(s),
        Sum s => PresentSum(s),
        Product p => PresentProduct(p),
        Power p => PresentPower(p),
        Function f => new DisplayCall(f.Which, f.Arguments.Select(Present).ToArray()),
        Apply a => new DisplayApply(a.Name, a.DerivativeOrders, a.Arguments.Select(Present).ToArray()),
        IndexedSum s => new DisplayIndexedSum(Present(s.Body), PresentSymbol(s.Index), Present(s.Lower), Present(s.Upper)),
        IndexedProduct p => new DisplayIndexedProduct(Present(p.Body), PresentSymbol(p.Index), Present(p.Lower), Present(p.Upper)),
        _ => throw new NotSupportedException($"No display form for {e.Kind}."),
    };

    public static DisplaySymbol PresentSymbol(Symbol s) => new(s.Name, s.Indices.Select(Present).ToArray());

    private static DisplayNode PresentNumber(BigRational v)
    {
        var magnitude = v.Abs();
        DisplayNode shown = magnitude.IsInteger
            ? new DisplayInteger(magnitude.Numerator)
            : new DisplayFraction(new DisplayInteger(magnitude.Numerator), new DisplayInteger(magnitude.Denominator));
        return v.IsNegative ? new DisplayNegation(shown) : shown;
    }

    private static DisplayNode PresentSum(Sum s)
    {
        var ordered = DisplayOrder.OrderTerms(s.Terms);
        // Real part before imaginary part, as in 1 + 2i and 1 + alpha i.
        if (ordered.Exists(IsImaginaryTerm)) ordered = [.. ordered.Where(t => !IsImaginaryTerm(t)), .. ordered.Where(IsImaginaryTerm)];
        // No leading minus when a positive term can lead without breaking the descending degrees: 1 - w
        // rather than -w + 1 (as SymPy prints), z - mu rather than -mu + z; but -x^2 + x stays.
        if (IsNegativeTerm(ordered[0]))
        {
            var leadDegree = DisplayOrder.TotalDegree(ordered[0]);
            if (ordered.FindIndex(t => !IsNegativeTerm(t) && (t is Number || DisplayOrder.TotalDegree(t) == leadDegree)) is var k and > 0)
            {
                var positive = ordered[k];
                ordered.RemoveAt(k);
                ordered.Insert(0, positive);
            }
        }
        var terms = new DisplayTerm[ordered.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var (coefficient, rest) = Build.SplitCoefficient(ordered[i]);
            // -t is rest with the opposite coefficient: put together directly, as Build.Add does, not by a full product.
            terms[i] = coefficient.IsNegative
                ? new DisplayTerm(true, Present(Build.WithCoefficient(-coefficient, rest)))
                : new DisplayTerm(false, Present(ordered[i]));
        }
        return new DisplaySum(terms);
    }

    private static bool IsImaginaryTerm(Expr t) =>
        t is Constant { Which: ConstantKind.I } || (t is Product p && p.Factors.Any(f => f is Constant { Which: ConstantKind.I }));

    private static bool IsNegativeTerm(Expr t) => Build.SplitCoefficient(t).Coefficient.IsNegative;

    /// <summary>
    /// c · x1 · ... · y1^-a · ...: the sign of c comes out as a minus, its numerator and the factors
    /// with positive exponents go above the bar, its denominator and the rest below.
    /// </summary>
    private static DisplayNode PresentProduct(Product p)
    {
        var coefficient = p.Factors[0] is Number c ? c.Value : BigRational.One;
        IReadOnlyList<Expr> factors = p.Factors.Where(f => f is not Number).ToArray();
        var twoPi = TwoPiGrouping.Find(coefficient, factors);
        if (twoPi is not null) (coefficient, factors) = (twoPi.Coefficient, twoPi.OtherFactors);
        var above = new List<DisplayNode>();
        var below = new List<DisplayNode>();
        if (!coefficient.Denominator.IsOne) below.Add(new DisplayInteger(coefficient.Denominator));
        if (twoPi is not null)
            (twoPi.IsReciprocal(out var exponent) ? below : above).Add(TwoPiGrouping.Present(exponent, Present));
        foreach (var f in DisplayOrder.OrderFactors(factors))
        {
            if (IsReciprocal(f, out var positive)) below.Add(Present(positive));
            else above.Add(Present(f));
        }
        var numeratorValue = System.Numerics.BigInteger.Abs(coefficient.Numerator);
        if (!numeratorValue.IsOne || above.Count == 0) above.Insert(0, new DisplayInteger(numeratorValue));
        var shown = below.Count == 0 ? Group(above) : new DisplayFraction(Group(above), Group(below));
        return coefficient.IsNegative ? new DisplayNegation(shown) : shown;
    }

    private static DisplayNode Group(List<DisplayNode> factors) => factors.Count == 1 ? factors[0] : new DisplayProduct(factors.ToArray());

    /// <summary>A factor b^-k with a negative number exponent (not e^-k, which stays an exponential), and b^k.</summary>
    private static bool IsReciprocal(Expr f, out Expr positive)
    {
        if (f is Power { Exponent: Number { Value.IsNegative: true } n, Base: not Constant { Which: ConstantKind.E } } p)
        {
            positive = Build.Pow(p.Base, Number.Of(-n.Value));
            return true;
        }
        positive = f;
        return false;
    }

    private static DisplayNode PresentPower(Power p)
    {
        if (p.Base is Constant { Which: ConstantKind.E }) return new DisplayExp(Present(p.Exponent));
        if (IsReciprocal(p, out var positive)) return new DisplayFraction(new DisplayInteger(1), Present(positive));
        if (p.Exponent is Number { Value: var x } && x.Numerator.IsOne && x.Denominator <= 1000)
            return new DisplayRoot(Present(p.Base), (int)x.Denominator);
        return new DisplayPower(Present(p.Base), Present(p.Exponent));
    }
}
