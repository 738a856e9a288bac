namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>A parameter file that cannot be used; the message is "file:line:column: what is wrong".</summary>
public sealed class ParametersException(string message) : Exception(message);
