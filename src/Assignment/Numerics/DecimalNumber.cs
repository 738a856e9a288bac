using System.Globalization;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>
/// A parameter given as a decimal (a weight 1.5, a noise 0.5) as the exact number its shortest decimal
/// writes, so a model's constants can be printed by the engine inside formulas (1.5 becomes 3/2, not
/// 1.5000000000000000021).
/// </summary>
public static class DecimalNumber
{
    public static Expr Of(double value)
    {
        if (!double.IsFinite(value) || !BigRational.TryParse(value.ToString("R", CultureInfo.InvariantCulture), out var exact))
            throw new ArgumentOutOfRangeException(nameof(value), value, "a model constant must be a finite decimal");
        return Number.Of(exact);
    }
}
