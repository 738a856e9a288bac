using System.Globalization;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Symbolic.Solving;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc;

/// <summary>
/// The one place where `calc` calls the engine. Every other file of the CLI talks to this class, so
/// wiring an engine lane as it lands touches only this file. An operation whose lane has not landed
/// throws <see cref="NotAvailableException"/> (exit 2, "not available yet: ...").
/// </summary>
internal static class EngineBridge
{
    public static SymbolScope NewScope() => new(new SymbolTable());

    /// <summary>Reads "alpha>0, r>=0"; also records the facts on the scope's symbols, so parse assumptions first.</summary>
    public static Assumptions ParseAssumptions(string text, SymbolScope scope) => InfixParser.ParseAssumptions(text, scope.Table);

    public static Expr ParseExpr(string text, SymbolScope scope) => InfixParser.Parse(text, scope.Table);

    public static Matrix ParseMatrix(string text, SymbolScope scope) => InfixParser.ParseMatrix(text, scope.Table);

    public static Relation ParseRelation(string text, SymbolScope scope) => InfixParser.ParseRelation(text, scope.Table);

    public static Expr Simplify(Expr e, Assumptions assumptions) => throw NotYet("simplify (rewriting)");

    public static Expr Expand(Expr e) => throw NotYet("expand (rewriting)");

    public static Expr Diff(Expr e, Symbol x) => throw NotYet("diff (calculus)");

    public static Matrix Jacobian(IReadOnlyList<Expr> f, IReadOnlyList<Symbol> vars) => throw NotYet("jacobian (calculus)");

    public static Expr Determinant(Matrix m) => Guard(() => Symbolic.Matrices.Determinant.Of(m));

    public static Matrix Inverse(Matrix m) => Guard(() => Symbolic.Matrices.Inverse.Of(m));

    public static Expr CharacteristicPolynomial(Matrix m, Symbol lambda) => Guard(() => Symbolic.Matrices.CharacteristicPolynomial.Of(m, lambda));

    public static EigenReport Eigenvalues(Matrix m) => Guard(() =>
    {
        var r = Symbolic.Matrices.Eigenvalues.Compute(m);
        return new EigenReport(r.Values, r.Exact, r.Method);
    });

    /// <summary>The roots with multiplicity (a double root is listed twice, as eigenvals does).</summary>
    public static IReadOnlyList<Expr> Solve(Relation equation, Symbol x) => Guard(() => Solver.RootsWithMultiplicity(equation, x));

    public static SignSet Sign(Expr e, Assumptions assumptions) => Guard(() => new SignReasoner(assumptions).Sign(e));

    public static EquivalenceReport Equivalent(Relation relation, Assumptions assumptions) => throw NotYet("equiv (equivalence)");

    public static string Latex(Expr e) => LatexPrinter.Print(e);

    public static string Latex(Matrix m) => LatexPrinter.Print(m);

    public static string Latex(Relation r) => LatexPrinter.Print(r);

    private static NotAvailableException NotYet(string what) => new(what);

    /// <summary>The engine's documented refusals are about the input: say so in one line (exit 2).</summary>
    private static T Guard<T>(Func<T> compute)
    {
        try { return compute(); }
        catch (Exception e) when (e is MatrixDimensionException or SingularMatrixException
                                      or UnsupportedEigenproblemException or UnsupportedEquationException)
        {
            throw new CliInputException(char.ToLower(e.Message[0], CultureInfo.InvariantCulture) + e.Message[1..].TrimEnd('.'));
        }
    }
}

/// <summary>The names of one calc invocation: the same name is the same symbol (with the facts --assume gave it).</summary>
internal sealed class SymbolScope(SymbolTable table)
{
    public SymbolTable Table { get; } = table;
}

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
