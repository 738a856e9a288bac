using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Cli.Commands.Calc;

/// <summary>A value in the two notations calc prints.</summary>
internal sealed record Rendered(string Infix, string Latex)
{
    public static Rendered Of(Expr e) => new(e.ToString(), EngineBridge.Latex(e));

    public static Rendered Of(Matrix m) => new(m.ToString(), EngineBridge.Latex(m));

    public static Rendered Of(Relation r) => new(r.ToString(), EngineBridge.Latex(r));
}

/// <summary>One field of a verdict (sign, equivalence), printed as "key: value" and as a JSON member.</summary>
internal sealed record VerdictField(string Key, object? Value);

/// <summary>
/// What a calc operation found. <see cref="Results"/> has one item, except for the operations that
/// return several values (eigenvals, solve), whose JSON "result" is then an array.
/// <see cref="Verdict"/> is set by sign and equiv; its first field is the one-word answer.
/// </summary>
internal sealed record CalcOutcome(
    string Operation,
    string Input,
    IReadOnlyList<Rendered> Results,
    bool IsList = false,
    IReadOnlyList<VerdictField>? Verdict = null,
    int ExitCode = 0)
{
    /// <summary>Print the LaTeX even when the infix form was asked for (calc latex).</summary>
    public bool PreferLatex { get; init; }

    public static CalcOutcome Single(string operation, string input, Rendered result) => new(operation, input, [result]);
}
