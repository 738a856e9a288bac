namespace Ift6135.Sym.Grading.Kit;

/// <summary>The answer key cannot be built for these parameters; the message names the sub-question and why.</summary>
public sealed class KitException(string message) : Exception(message);
