using System.Globalization;

namespace Ift6135.Sym.Assignment.Model;

/// <summary>A measured number split for typesetting: negative or not, the digits, and the exponent of ten (null for none).</summary>
public sealed record MeasuredDigits(bool Negative, string Digits, int? Exponent)
{
    public static MeasuredDigits Of(double value, MeasuredStyle style, int digits)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "a measured number must be finite");
        var text = value.ToString(Pattern(style, digits), CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        if (negative) text = text[1..];
        int? exponent = null;
        var e = text.IndexOf('e');
        if (e >= 0)
        {
            var power = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
            if (power != 0) exponent = power;
        }
        // A value that rounds to zero is written 0, not -0.
        if (text.All(c => c is '0' or '.')) negative = false;
        return new(negative, text, exponent);
    }

    private static string Pattern(MeasuredStyle style, int digits) => style switch
    {
        MeasuredStyle.Fixed => "F" + digits.ToString(CultureInfo.InvariantCulture),
        MeasuredStyle.Scientific => (digits <= 1 ? "0" : "0." + new string('0', digits - 1)) + "e+0",
        _ => digits == 0 ? "0" : "0." + new string('#', digits),
    };

    /// <summary>Plain text: -0.4926, 4.4e-16.</summary>
    public override string ToString() =>
        (Negative ? "-" : "") + Digits + (Exponent is { } p ? "e" + p.ToString(CultureInfo.InvariantCulture) : "");
}
