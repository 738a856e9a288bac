namespace Ift6135.Sym.Assignment.Model;

/// <summary>
/// A number measured at run time (a fitted slope, a Monte Carlo mean, the largest error of a check), with its standard
/// error when it has one. It is a floating-point reading shown with a chosen number of digits, not an exact value, so
/// it is kept apart from the engine's numbers: the renderer typesets it (a true minus sign, a power of ten rather than
/// e-notation), and plain text writes it as a plain number.
/// </summary>
public sealed record MeasuredItem(double Value, MeasuredStyle Style, int Digits) : MathItem
{
    /// <summary>The standard error shown after the value (with the same digits), or null.</summary>
    public double? Error { get; init; }

    public static MeasuredItem Decimals(double value, int digits = 4) => new(value, MeasuredStyle.Decimals, digits);

    public static MeasuredItem Fixed(double value, int digits = 4) => new(value, MeasuredStyle.Fixed, digits);

    public static MeasuredItem Scientific(double value, int significant = 2) => new(value, MeasuredStyle.Scientific, significant);

    /// <summary>A mean and its standard error, both with four decimals.</summary>
    public static MeasuredItem WithError(double mean, double error) => Fixed(mean) with { Error = error };

    /// <summary>The value as written: its sign, its digits (no sign), and the power of ten after them in scientific style.</summary>
    public MeasuredDigits Shown => MeasuredDigits.Of(Value, Style, Digits);

    /// <summary>The standard error as written, or null.</summary>
    public MeasuredDigits? ShownError => Error is { } e ? MeasuredDigits.Of(e, Style, Digits) : null;

    public override string ToString() => ShownError is { } e ? $"{Shown} ± {e}" : Shown.ToString();
}
