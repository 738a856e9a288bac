namespace Ift6135.Sym.Grading.Reading;

/// <summary>An answer field that cannot be read; the message says where (file:line) and what was expected.</summary>
public sealed class AnswerParseException(string message) : Exception(message);
