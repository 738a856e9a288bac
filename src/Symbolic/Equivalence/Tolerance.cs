using System.Numerics;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>The agreement test: |l - r| &lt;= absolute + relative · max(|l|, |r|), in any precision.</summary>
internal sealed record Tolerance(double Relative, double Absolute)
{
    public bool Close(double l, double r) => Math.Abs(l - r) <= Absolute + Relative * Math.Max(Math.Abs(l), Math.Abs(r));

    public bool Close(Complex l, Complex r) => Complex.Abs(l - r) <= Absolute + Relative * Math.Max(Complex.Abs(l), Complex.Abs(r));

    public bool Close(BigFloat l, BigFloat r)
    {
        var scale = l.Abs().CompareTo(r.Abs()) >= 0 ? l.Abs() : r.Abs();
        var bound = BigFloat.From(Absolute) + BigFloat.From(Relative) * scale;
        return (l - r).Abs().CompareTo(bound) <= 0;
    }
}
