using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// Writes an expression as Offset + Scale · Core with the core's first term of coefficient 1,
/// so that beta + alpha ≥ 0, -alpha - beta ≤ 0 and 2 alpha + 2 beta + 3 &gt; 3 all speak of the
/// one core alpha + beta. Canonical construction makes equal cores equal objects.
/// </summary>
internal readonly record struct LinearKey(BigRational Offset, BigRational Scale, Expr Core)
{
    public static LinearKey? Of(Expr e)
    {
        switch (e)
        {
            case Number or Constant: return null;
            case Sum s:
                var offset = s.Terms[0] is Number k ? k.Value : BigRational.Zero;
                var rest = s.Terms[0] is Number ? s.Terms.Skip(1).ToArray() : s.Terms.ToArray();
                var scale = Build.SplitCoefficient(rest[0]).Coefficient;
                var inverse = Number.Of(scale.Reciprocal());
                var core = Build.Add(rest.Select(t => Build.Mul(inverse, t)).ToArray());
                return new LinearKey(offset, scale, core);
            case Product p when p.Factors[0] is Number c:
                return new LinearKey(BigRational.Zero, c.Value, Build.SplitCoefficient(p).Remainder);
            default:
                return new LinearKey(BigRational.Zero, BigRational.One, e);
        }
    }

    /// <summary>The interval of the whole expression given the interval of its core.</summary>
    public Interval Apply(Interval core) => IntervalArithmetic.Shift(IntervalArithmetic.Scale(core, Scale), Offset);

    /// <summary>The interval of the core given the interval of the whole expression.</summary>
    public Interval Invert(Interval whole) =>
        IntervalArithmetic.Scale(IntervalArithmetic.Shift(whole, -Offset), Scale.Reciprocal());
}
