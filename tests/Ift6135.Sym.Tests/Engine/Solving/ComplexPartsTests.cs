using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Tests.Engine.Solving;

public class ComplexPartsTests
{
    private static readonly Symbol Alpha = Symbol.Of("alpha");
    private static readonly Expr I = Constant.I;

    [Fact]
    public void NumericComplex() => Assert.Equal((Number.Of(3), Number.Of(4)), ComplexParts.Split(3 + 4 * I));

    [Fact]
    public void SquareOfSymbolicComplex() =>
        // (1 + αi)² = 1 - α² + 2αi
        Assert.Equal((1 - Alpha.Pow(2), 2 * Alpha), ComplexParts.Split((1 + Alpha * I).Pow(2)));

    [Fact]
    public void ReciprocalIsRationalized()
    {
        var half = Number.Of(new BigRational(1, 2));
        Assert.Equal((half, -half), ComplexParts.Split(1 / (1 + I)));
    }

    [Fact]
    public void ModulusOfEigenvalueOfTheGanMatrix() =>
        Assert.Equal(Build.Sqrt(1 + Alpha.Pow(2)), ComplexParts.Modulus(1 + Alpha * I));

    [Fact]
    public void ModulusOfPythagoreanNumberAndOfRealSymbol()
    {
        Assert.Equal(Number.Of(5), ComplexParts.Modulus(3 - 4 * I));
        Assert.Equal(Build.Abs(Alpha), ComplexParts.Modulus(Alpha));
    }

    [Fact]
    public void ConjugateNegatesTheImaginaryPart()
    {
        // conj(1 + αi) = 1 - αi; conj(3 - 4i) = 3 + 4i; a real value is its own conjugate.
        Assert.Equal(ComplexParts.Split(1 - Alpha * I), ComplexParts.Split(ComplexParts.Conjugate(1 + Alpha * I)));
        Assert.Equal(3 + 4 * I, ComplexParts.Conjugate(3 - 4 * I));
        Assert.Equal(Alpha.Pow(2) + 1, ComplexParts.Conjugate(Alpha.Pow(2) + 1));
    }

    [Fact]
    public void ComplexSymbolCannotBeSplit()
    {
        var z = Symbol.Of("z", Facts.None);
        Assert.Contains("not known to be real", Assert.Throws<ArgumentException>(() => ComplexParts.Split(z + I)).Message);
    }
}
