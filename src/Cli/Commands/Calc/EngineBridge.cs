using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc;

/// <summary>
/// The one place where `calc` calls the engine. Every other file of the CLI talks to this class, so
/// wiring an engine lane as it lands touches only this file. An operation whose lane has not landed
/// throws <see cref="NotAvailableException"/> (exit 2, "not available yet: ...").
/// </summary>
internal static class EngineBridge
{
    public static SymbolScope NewScope() => new();

    /// <summary>Reads "alpha>0, r>=0"; also records the facts on the scope's symbols, so parse assumptions first.</summary>
    public static Assumptions ParseAssumptions(string text, SymbolScope scope) => throw NotYet("--assume (the infix parser)");

    public static Expr ParseExpr(string text, SymbolScope scope) => throw NotYet("reading expressions (the infix parser)");

    public static Matrix ParseMatrix(string text, SymbolScope scope) => throw NotYet("reading matrices (the infix parser)");

    public static Relation ParseRelation(string text, SymbolScope scope) => throw NotYet("reading relations (the infix parser)");

    public static Expr Simplify(Expr e, Assumptions assumptions) => throw NotYet("simplify (rewriting)");

    public static Expr Expand(Expr e) => throw NotYet("expand (rewriting)");

    public static Expr Diff(Expr e, Symbol x) => throw NotYet("diff (calculus)");

    public static Matrix Jacobian(IReadOnlyList<Expr> f, IReadOnlyList<Symbol> vars) => throw NotYet("jacobian (calculus)");

    public static Expr Determinant(Matrix m) => throw NotYet("det (matrices)");

    public static Matrix Inverse(Matrix m) => throw NotYet("inverse (matrices)");

    public static Expr CharacteristicPolynomial(Matrix m, Symbol lambda) => throw NotYet("charpoly (matrices)");

    public static EigenReport Eigenvalues(Matrix m) => throw NotYet("eigenvals (matrices)");

    public static IReadOnlyList<Expr> Solve(Relation equation, Symbol x) => throw NotYet("solve (solving)");

    public static SignSet Sign(Expr e, Assumptions assumptions) => throw NotYet("sign (sign reasoning)");

    public static EquivalenceReport Equivalent(Relation relation, Assumptions assumptions) => throw NotYet("equiv (equivalence)");

    public static string Latex(Expr e) => LatexPrinter.Print(e);

    public static string Latex(Matrix m) => LatexPrinter.Print(m);

    public static string Latex(Relation r) => $"{LatexPrinter.Print(r.Left)} {LatexRelation(r.Kind)} {LatexPrinter.Print(r.Right)}";

    private static string LatexRelation(RelationKind kind) => kind switch
    {
        RelationKind.Equal => "=",
        RelationKind.NotEqual => @"\neq",
        RelationKind.Less => "<",
        RelationKind.LessOrEqual => @"\leq",
        RelationKind.Greater => ">",
        _ => @"\geq",
    };

    private static NotAvailableException NotYet(string what) => new(what);
}

/// <summary>The names of one calc invocation: the same name is the same symbol (with the facts --assume gave it).</summary>
internal sealed class SymbolScope;

/// <summary>An equivalence verdict in the CLI's terms (the engine's Verdict, flattened for printing).</summary>
internal sealed record EquivalenceReport(
    string Outcome,
    string Method,
    int Points,
    int Seed,
    string Detail,
    IReadOnlyList<KeyValuePair<string, double>>? CounterexamplePoint,
    double? Left,
    double? Right);

/// <summary>Eigenvalues with multiplicity; Exact is false when they are floating-point approximations.</summary>
internal sealed record EigenReport(IReadOnlyList<Expr> Values, bool Exact, string Method);
