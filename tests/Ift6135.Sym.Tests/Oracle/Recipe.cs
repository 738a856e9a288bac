using System.Globalization;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using C = Ift6135.Sym.Symbolic.Construction.Build;

namespace Ift6135.Sym.Tests.Oracle;

/// <summary>
/// A generated expression kept as the operations that made it, so it has two independent renderings:
/// our engine's (<see cref="Build"/>, canonicalized by Construction.Build) and SymPy's
/// (<see cref="Sympy"/>, written here directly, fully parenthesized, without our printer).
/// </summary>
public abstract record Recipe
{
    /// <summary>True when the value is positive wherever it is defined: a safe argument for log, sqrt, division.</summary>
    public abstract bool Positive { get; }

    public abstract Expr Build();

    public abstract string Sympy();

    public sealed record Var(Symbol Symbol) : Recipe
    {
        public override bool Positive => Symbol.Facts.HasFlag(Symbolic.Assumptions.Facts.Positive);
        public override Expr Build() => Symbol;
        public override string Sympy() => Symbol.Name;
    }

    public sealed record Num(BigRational Value) : Recipe
    {
        public override bool Positive => Value.Sign > 0;
        public override Expr Build() => Number.Of(Value);
        public override string Sympy() => Value.IsInteger
            ? $"({Value.Numerator.ToString(CultureInfo.InvariantCulture)})"
            : $"Rational({Value.Numerator.ToString(CultureInfo.InvariantCulture)}, {Value.Denominator.ToString(CultureInfo.InvariantCulture)})";
    }

    public sealed record Add(Recipe Left, Recipe Right) : Recipe
    {
        public override bool Positive => Left.Positive && Right.Positive;
        public override Expr Build() => C.Add(Left.Build(), Right.Build());
        public override string Sympy() => $"({Left.Sympy()} + {Right.Sympy()})";
    }

    public sealed record Sub(Recipe Left, Recipe Right) : Recipe
    {
        public override bool Positive => false;
        public override Expr Build() => C.Sub(Left.Build(), Right.Build());
        public override string Sympy() => $"({Left.Sympy()} - {Right.Sympy()})";
    }

    public sealed record Mul(Recipe Left, Recipe Right) : Recipe
    {
        public override bool Positive => Left.Positive && Right.Positive;
        public override Expr Build() => C.Mul(Left.Build(), Right.Build());
        public override string Sympy() => $"({Left.Sympy()} * {Right.Sympy()})";
    }

    /// <summary>A / B with B positive, so never a division by zero.</summary>
    public sealed record Div(Recipe Left, Recipe Right) : Recipe
    {
        public override bool Positive => Left.Positive;
        public override Expr Build() => C.Div(Left.Build(), Right.Build());
        public override string Sympy() => $"({Left.Sympy()} / {Right.Sympy()})";
    }

    public sealed record PowInt(Recipe Base, int Exponent) : Recipe
    {
        public override bool Positive => Base.Positive;
        public override Expr Build() => C.Pow(Base.Build(), Number.Of(Exponent));
        public override string Sympy() => $"({Base.Sympy()})**({Exponent})";
    }

    /// <summary>One argument functions: exp, log, sqrt, sigmoid, sin, cos, and 1 + x^2 (a positive wrapper).</summary>
    public sealed record Call(string Name, Recipe Argument) : Recipe
    {
        public override bool Positive => Name is "exp" or "sigmoid" or "sqrt" or "onePlusSquare";

        public override Expr Build()
        {
            var x = Argument.Build();
            return Name switch
            {
                "exp" => C.Exp(x),
                "log" => C.Log(x),
                "sqrt" => C.Sqrt(x),
                "sigmoid" => C.Sigmoid(x),
                "sin" => C.Sin(x),
                "cos" => C.Cos(x),
                "onePlusSquare" => C.Add(Number.One, C.Pow(x, Number.Two)),
                _ => throw new ArgumentException(Name),
            };
        }

        public override string Sympy()
        {
            var x = Argument.Sympy();
            return Name switch
            {
                "sigmoid" => $"(1/(1 + exp(-({x}))))",
                "onePlusSquare" => $"(1 + ({x})**2)",
                _ => $"{Name}({x})",
            };
        }
    }
}
