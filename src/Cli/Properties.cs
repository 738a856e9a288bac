using System.Runtime.CompilerServices;

// The tests drive the calc output writer and the error reporter directly.
[assembly: InternalsVisibleTo("Ift6135.Sym.Tests")]
