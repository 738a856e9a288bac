namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>An expression that cannot be turned into a numeric function (an undefined f(x), a symbol with no value).</summary>
public sealed class NotCompilableException(string message) : Exception(message);
