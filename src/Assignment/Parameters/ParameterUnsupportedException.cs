namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>
/// A parameter that is well-formed but asks for something the derivations cannot do (a V(d, g) with
/// no or several stationary points, say). <see cref="Path"/> is the JSON path of the value, so the
/// message can be located in the file like any other parameter problem.
/// </summary>
public sealed class ParameterUnsupportedException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;

    public ParameterProblem Problem => new(Path, Message);
}
