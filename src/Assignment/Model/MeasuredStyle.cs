namespace Ift6135.Sym.Assignment.Model;

/// <summary>How many digits a measured number keeps: decimals after the point, or significant digits before a power of ten.</summary>
public enum MeasuredStyle
{
    /// <summary>At most the given decimals, trailing zeros dropped (0.1559, 0.1).</summary>
    Decimals,

    /// <summary>Exactly the given decimals (1.0000), for columns and a mean beside its standard error.</summary>
    Fixed,

    /// <summary>The given significant digits times a power of ten (4.4 times 10 to the -16), for errors near zero.</summary>
    Scientific,
}
