using System.Globalization;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Solving;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Cli.Commands.Calc;

/// <summary>
/// The one place where `calc` calls the engine, so that the rest of the CLI depends on a handful of
/// signatures. The engine's refusals (a singular matrix, an equation it does not solve, an expansion
/// over the size limit) become <see cref="CliInputException"/>s: the input is the problem, exit 2.
/// </summary>
internal static class EngineBridge
{
    public static SymbolScope NewScope() => new(new SymbolTable());

    /// <summary>Reads "alpha>0, r>=0"; also records the facts on the scope's symbols, so parse assumptions first.</summary>
    public static AssumptionSet ParseAssumptions(string text, SymbolScope scope) => InfixParser.ParseAssumptions(text, scope.Table);

    /// <summary>
    /// Reads "f, g" (--function): those names are undefined functions, so f(x) is a call, not f times x. A name the
    /// infix syntax already gives a meaning (exp, sum, tilde) or that is not a name is refused.
    /// </summary>
    public static void DeclareFunctions(string names, SymbolScope scope)
    {
        foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (InfixParser.FunctionNameProblem(name) is { } problem)
                throw new CliInputException($"--function: {problem}; example: --function \"f, g\"");
            scope.Table.DeclareFunction(name);
        }
    }

    public static Expr ParseExpr(string text, SymbolScope scope) => InfixParser.Parse(text, scope.Table);

    public static Matrix ParseMatrix(string text, SymbolScope scope) => InfixParser.ParseMatrix(text, scope.Table);

    public static Relation ParseRelation(string text, SymbolScope scope) => InfixParser.ParseRelation(text, scope.Table);

    public static Expr Simplify(Expr e, AssumptionSet assumptions) => Guard(() => Simplifier.Simplify(e, assumptions));

    public static Expr Expand(Expr e) => Guard(() => Rewrite.Expand(e));

    public static Expr Diff(Expr e, Symbol x) => Guard(() => Differentiation.Diff(e, x));

    /// <summary>The antiderivative of a polynomial in x (constant term 0), or its integral between the bounds.</summary>
    public static Expr Integrate(Expr e, Symbol x, (Expr Lower, Expr Upper)? bounds) => Guard(() =>
    {
        var polynomial = Symbolic.Polynomials.UnivariatePolynomial.From(e, x)
            ?? throw new UnsupportedEquationException($"Only a polynomial in {x} is integrated; {e} is not one.");
        return bounds is var (a, b) ? polynomial.DefiniteIntegral(a, b) : polynomial.Antiderivative().ToExpr();
    });

    public static Matrix Jacobian(IReadOnlyList<Expr> f, IReadOnlyList<Symbol> vars) => Guard(() => Differentiation.Jacobian(f, vars));

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

    public static SignSet Sign(Expr e, AssumptionSet assumptions) => Guard(() => new SignReasoner(assumptions).Sign(e));

    public static EquivalenceReport Equivalent(Relation relation, AssumptionSet assumptions) => Guard(() =>
    {
        var v = EquivalenceChecker.Decide(relation, assumptions);
        return new EquivalenceReport(
            v.Outcome.ToString().ToLowerInvariant(),
            v.Method switch { VerdictMethod.SignReasoning => "sign-reasoning", var m => m.ToString().ToLowerInvariant() },
            v.Points,
            v.Seed,
            v.Detail,
            v.Counterexample?.Point.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal)
                .Select(p => new KeyValuePair<string, double>(p.Key.ToString(), p.Value)).ToList(),
            v.Counterexample?.Left,
            v.Counterexample?.Right);
    });

    public static string Latex(Expr e) => LatexPrinter.Print(e);

    public static string Latex(Matrix m) => LatexPrinter.Print(m);

    public static string Latex(Relation r) => LatexPrinter.Print(r);

    /// <summary>The engine's documented refusals are about the input: say so in one line.</summary>
    private static T Guard<T>(Func<T> compute)
    {
        try { return compute(); }
        catch (Exception e) when (e is ExpansionLimitException or MatrixDimensionException or SingularMatrixException
                                      or UnsupportedEigenproblemException or UnsupportedEquationException
                                      or Symbolic.Numeric.NotCompilableException)
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
