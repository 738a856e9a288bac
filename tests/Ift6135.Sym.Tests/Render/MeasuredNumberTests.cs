using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

/// <summary>
/// A number measured at run time is typeset as mathematics (a true minus sign, a power of ten), not as C#'s text (an
/// ASCII hyphen, e-notation); its plain text, for the JSON and the logs, stays a plain number.
/// </summary>
public sealed class MeasuredNumberTests
{
    [Theory]
    // Expected forms written by hand from the values.
    [InlineData(-0.49261, MeasuredStyle.Decimals, 4, "-0.4926", "-0.4926")]
    [InlineData(0.1, MeasuredStyle.Decimals, 4, "0.1", "0.1")]
    [InlineData(-0.00001, MeasuredStyle.Decimals, 4, "0", "0")]
    [InlineData(1.0, MeasuredStyle.Fixed, 4, "1.0000", "1.0000")]
    [InlineData(4.4e-16, MeasuredStyle.Scientific, 2, @"4.4\cdot 10^{-16}", "4.4e-16")]
    [InlineData(-6.26e-15, MeasuredStyle.Scientific, 2, @"-6.3\cdot 10^{-15}", "-6.3e-15")]
    [InlineData(3.0, MeasuredStyle.Scientific, 2, "3.0", "3.0")]
    [InlineData(12345.0, MeasuredStyle.Scientific, 1, @"1\cdot 10^{4}", "1e4")]
    public void AMeasuredNumberIsTypesetWithAMinusSignAndAPowerOfTen(double value, MeasuredStyle style, int digits, string latex, string plain)
    {
        var item = new MeasuredItem(value, style, digits);
        Assert.Equal(latex, MathLatex.Print(item));
        Assert.Equal(plain, item.ToString());
    }

    [Fact]
    public void AnEstimateShowsItsStandardErrorWithPlusMinus()
    {
        var item = MeasuredItem.WithError(-3.52218, 0.02759);
        Assert.Equal(@"-3.5222 \pm 0.0276", MathLatex.Print(item));
        Assert.Equal("-3.5222 ± 0.0276", item.ToString());
    }
}
