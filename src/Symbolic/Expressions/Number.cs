using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>An exact rational number.</summary>
public sealed class Number : Expr
{
    public BigRational Value { get; }

    private Number(BigRational value) : base(Hashing.Mix(value.GetHashCode() & 0x7fffffff, 3)) => Value = value;

    public static readonly Number Zero = new(BigRational.Zero);
    public static readonly Number One = new(BigRational.One);
    public static readonly Number MinusOne = new(BigRational.MinusOne);
    public static readonly Number Two = new(2);
    public static readonly Number Half = new(BigRational.Half);

    private const int CachedMin = -64, CachedMax = 1024;

    /// <summary>Small integers (indices, exponents, coefficients) are made once: they are created constantly.</summary>
    private static readonly Number[] SmallIntegers =
        Enumerable.Range(CachedMin, CachedMax - CachedMin + 1).Select(k => k switch { 0 => Zero, 1 => One, -1 => MinusOne, 2 => Two, _ => new Number(k) }).ToArray();

    public static Number Of(BigRational value)
    {
        if (value.IsInteger && value.Numerator >= CachedMin && value.Numerator <= CachedMax) return SmallIntegers[(int)value.Numerator - CachedMin];
        return value.IsMinusOne ? MinusOne : new Number(value);
    }

    public static Number Of(long numerator, long denominator) => Of(new BigRational(numerator, denominator));

    public override ExprKind Kind => ExprKind.Number;
    public override IReadOnlyList<Expr> Args => [];
    public override Expr Rebuild(IReadOnlyList<Expr> args) => this;
    private protected override bool EqualsSameKind(Expr other) => ((Number)other).Value == Value;
}
