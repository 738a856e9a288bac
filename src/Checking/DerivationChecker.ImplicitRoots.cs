using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using Ift6135.Sym.Symbolic.Polynomials;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Checking;

public sealed partial class DerivationChecker
{
    private sealed partial class ChainRun
    {
        /// <summary>
        /// A chain about the unknown of the equation just before it that does not give its values: (1 - \lambda)^2 + \alpha^2 = 0, then
        /// |\lambda|^2 = 1 + \alpha^2. Read with \lambda free it was refuted; the equation's roots are computed (degree one or two) and put for
        /// the unknown, both when two (\lambda stands for 1 \pm i\alpha, each branch checked), and the equation counts as solved. The equation must
        /// be written "P = 0" (or be the characteristic polynomial's): a refuted identity followed by a line in its letter is no equation. Returns what
        /// the steps' details say; null, with nothing changed, for any other chain.
        /// </summary>
        private string? ImplicitRoots(Chain chain)
        {
            // Only an equation written "= 0" (or a characteristic polynomial): a refuted identity followed by a line in its letter is no equation to solve.
            if (system is not { Equations: [.., var equation], Solving: false } || directives.DefinesAll || chain.Link is not null
                || equation.Right.Node is not NumberNode { Value.IsZero: true }) return null;
            var unknowns = NamesSeen.Names(equation.Left.Node).ToHashSet(StringComparer.Ordinal);
            var written = chain.Pieces.SelectMany(p => NamesSeen.Names(p.Node)).ToHashSet(StringComparer.Ordinal);
            // The unknown: the one name of the equation the chain uses that nothing declares, defines or makes a function (\alpha > 0 is a parameter).
            var candidates = unknowns.Where(written.Contains)
                .Where(k => !state.Context.IsDeclaredValue(k) && state.Context.DefinitionOf(k) is null && !state.Context.IsFunction(k)).ToList();
            if (candidates is not [var unknown] || NextEquation(chain, unknowns) || UnknownRoots(equation, unknown) is not { } roots) return null;
            var value = roots switch
            {
                [var only] => LatexPrinter.Print(only),
                [var first, var second] => $"{LatexPrinter.Print(Tidy(Build.Div(Build.Add(first, second), 2)))} \\pm {LatexPrinter.Print(Tidy(Build.Div(Build.Sub(first, second), 2)))}",
                _ => null,
            };
            if (value is null) return null;
            var source = new LatexSource(value, equation.Line, 1);
            MathNode node;
            try { node = LatexMathParser.Parse(source, state.Context); }
            catch (ParseException) { return null; }
            var name = new NameNode(unknown, null, "", equation.Left.Node.Span, 0, 0);
            var nameSource = new LatexSource(unknown, equation.Line, 1);
            Define(new ChainPiece(name, nameSource, unknown, null), equation.Relation, new ChainPiece(node, source, value, null));
            Solved = system with { Equations = [equation], Named = new HashSet<string>([unknown], StringComparer.Ordinal), Implied = new HashSet<string>([unknown], StringComparer.Ordinal) };
            return $"{LatexNames.Identifier(unknown)} stands for the roots of the equation of line {equation.Line}, {value}";
        }

        /// <summary>
        /// Whether the chain is the next equation of a system rather than a line about the first one's roots: it ends in "= 0" and writes a
        /// name the first does not, undeclared (\partial V / \partial d = g = 0, then \partial V / \partial g = d = 0: d = 0 was refuted with g put to 0).
        /// </summary>
        private bool NextEquation(Chain chain, IReadOnlySet<string> unknowns) =>
            chain.Pieces[^1].Node is NumberNode { Value.IsZero: true } && chain.Relations[^1].Relation == LatexRelation.Equal
            && chain.Pieces.SelectMany(p => NamesSeen.Names(p.Node)).Any(k => !unknowns.Contains(k)
                && !state.Context.IsDeclaredValue(k) && state.Context.DefinitionOf(k) is null && !state.Context.IsFunction(k));

        /// <summary>The distinct roots of the equation in the unknown when it is polynomial of degree one or two and all are found; else null.</summary>
        private IReadOnlyList<Expr>? UnknownRoots(OpenEquation equation, string unknown)
        {
            current = new Chain("", [equation.Left, equation.Right], [equation.Relation]);
            inference = null;
            var (left, right) = (Lower(equation.Left, equation.Left.Node)?.Scalar, Lower(equation.Right, equation.Right.Node)?.Scalar);
            // The matrices inferred from the equation's chain are not the checked chain's.
            (current, inference) = (null, null);
            if (left is null || right is null) return null;
            var difference = Build.Sub(left, right);
            if (Substitution.FreeSymbols(difference).Where(s => s.Name == unknown && s.Indices.Count == 0).ToList() is not [var x]) return null;
            if (UnivariatePolynomial.From(difference, x) is not { Degree: 1 or 2 } polynomial) return null;
            try
            {
                var roots = Solver.Roots(polynomial);
                return roots.Count == polynomial.Degree ? roots.Distinct().ToList() : null;
            }
            catch (UnsupportedEquationException) { return null; }
        }

        private static Expr Tidy(Expr e) => Symbolic.Rewriting.Rewrite.TryExpand(e, 200) ?? e;
    }
}
