using System.Globalization;

namespace Ift6135.Sym.Grading.Output;

/// <summary>Points as text: invariant culture, no trailing zeros (4, 2.5), so files do not depend on the machine's locale.</summary>
public static class Points
{
    public static string Format(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>With the unit, singular for exactly one point: "1 point", "0.5 points", "3 points".</summary>
    public static string WithUnit(decimal points) => Format(points) + (points == 1m ? " point" : " points");
}
