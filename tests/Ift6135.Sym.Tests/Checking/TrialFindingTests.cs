using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>Regressions from the student trial of `check` (2026-12-06): each document is a minimal reproduction,
/// each expected verdict worked out by hand.</summary>
public class TrialFindingTests
{
    internal static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    internal static StepStatus[] Statuses(CheckReport report) =>
        report.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToArray();

    /// <summary>The document reads without error and its one step gets the expected verdict.</summary>
    private static void AssertOnlyVerdict(string doc, StepStatus expected)
    {
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([expected], Statuses(report));
    }

    // x_1 x_2 is the product for k = 1, 2: valid; and x_1 x_2 + 1 is not (they differ by 1 everywhere).
    [Theory]
    [InlineData("% assume: x_1 > 0\n\\[ \\prod_{k=1}^{2} x_k = x_1 x_2 \\]", StepStatus.Valid)]
    [InlineData("% assume: x_1 > 0\n\\[ \\sum_{k=1}^{2} x_k = x_1 + x_2 \\]", StepStatus.Valid)]
    [InlineData("% assume: \\sigma_1 > 0, \\sigma_2 > 0\n\\[ \\prod_{k=1}^{2} \\sigma_k = \\sigma_1 \\sigma_2 \\]", StepStatus.Valid)]
    [InlineData("% assume: x_1 > 0\n\\[ \\prod_{k=1}^{2} x_k = x_1 x_2 + 1 \\]", StepStatus.Invalid)]
    public void AnAssumedIndexedSymbolMeetsTheSameSymbolFromAnExpandedProduct(string doc, StepStatus expected)
        => AssertOnlyVerdict(doc, expected);

    // d/dr [r(1 + beta/(alpha + r))] = 1 + beta(alpha + r - r)/(alpha + r)^2 = 1 + alpha beta/(alpha + r)^2, by hand;
    // d/dr (d r) = d with d a declared value; d/2 stays a quotient (d/2 * 2 = d; d/2 = d fails at d = 1).
    [Theory]
    [InlineData(@"\frac{d}{dr}\left[ r\left(1 + \frac{\beta}{\alpha + r}\right) \right] = 1 + \frac{\alpha\beta}{(\alpha + r)^2}", StepStatus.Valid)]
    [InlineData(@"\frac{d}{dx} x^2 = 2x", StepStatus.Valid)]
    [InlineData(@"\frac{d^2}{dr^2} r^3 = 6r", StepStatus.Valid)]
    [InlineData(@"\frac{d}{dr} (d r) = d", StepStatus.Valid)]
    [InlineData(@"\frac{d}{dr} r^2 = d r", StepStatus.Invalid)]
    [InlineData(@"\frac{d}{2} \cdot 2 = d", StepStatus.Valid)]
    [InlineData(@"\frac{d}{2} = d", StepStatus.Invalid)]
    public void DOverDxIsTheDerivativeEvenWhenDIsADeclaredValue(string step, StepStatus expected)
        => AssertOnlyVerdict("% assume: \\alpha > 0, d \\ge 0\n\\[ " + step + " \\]", expected);

    // With alpha > 0: 1 + ab/(a+r)^2 >= 1 - a^2/(a+r)^2 iff a(b + a) >= 0 iff b >= -a (assumed); 1 - a^2/(a+r)^2 >= 0
    // as (a + r)^2 >= a^2 for r >= 0. The math after "\text{as }" is the note, not two more relations.
    [Fact]
    public void MathAfterAShortWordInTextIsPartOfTheJustification()
    {
        var report = Run("""
            % assume: \alpha > 0, r \ge 0, \beta \ge -\alpha
            \begin{align*}
            1 + \frac{\alpha\beta}{(\alpha+r)^2} &\geq 1 - \frac{\alpha^2}{(\alpha + r)^2} \qquad \text{as } \beta \ge -\alpha \\
            &\geq 0
            \end{align*}
            """);
        Assert.Empty(report.Errors);
        var steps = Assert.Single(report.Chains).Steps;
        Assert.Equal([StepStatus.Valid, StepStatus.Valid], steps.Select(s => s.Status));
        Assert.Equal(@"as \beta \ge -\alpha", steps[0].Justification);
        Assert.Equal(@"1 - \frac{\alpha^2}{(\alpha + r)^2}", steps[1].Left);
    }

    // Without beta >= -alpha the first step is false (beta = -2 alpha, r = 0: -1 against 0); the note proves nothing.
    [Fact]
    public void TheNoteIsNotAnAssumption()
        => AssertOnlyVerdict("% assume: \\alpha > 0, r \\ge 0\n\\[ 1 + \\frac{\\alpha\\beta}{(\\alpha+r)^2} \\geq 1 - \\frac{\\alpha^2}{(\\alpha + r)^2} \\qquad \\text{ as } \\beta \\ge -\\alpha \\]",
            StepStatus.Invalid);

    // A second \prod (or \sum) that does not use the first's index is the next factor, not part of the body:
    // (a_1 a_2)(b_1 b_2); the nested reading gives (a_1 a_2)(b_1 b_2)^2, which a = b = 2 refutes (16 against 64).
    // One that uses it stays inside: sum_i x_i (sum_j A_ij y_j) = x^T A y, written out by hand; prod_k a_k prod_j (b_j c_k)
    // = prod_k a_k b_1 b_2 c_k^2.
    [Theory]
    [InlineData(@"\prod_{k=1}^{2} a_k \prod_{j=1}^{2} b_j = a_1 a_2 b_1 b_2", StepStatus.Valid)]
    [InlineData(@"\prod_{k=1}^{2} a_k \cdot \prod_{k=1}^{2} b_k = a_1 a_2 b_1 b_2", StepStatus.Valid)]
    [InlineData(@"\prod_{k=1}^{2} a_k \prod_{j=1}^{2} b_j = a_1 a_2 (b_1 b_2)^2", StepStatus.Invalid)]
    [InlineData(@"\prod_{k=1}^{2} a_k / \prod_{j=1}^{2} b_j = \frac{a_1 a_2}{b_1 b_2}", StepStatus.Valid)]
    [InlineData(@"\sum_{k=1}^{2} a_k \sum_{j=1}^{3} b_j = (a_1 + a_2)(b_1 + b_2 + b_3)", StepStatus.Valid)]
    [InlineData(@"\sum_{i=1}^{2} x_i \sum_{j=1}^{2} A_{i,j} y_j = x_1 (A_{1,1} y_1 + A_{1,2} y_2) + x_2 (A_{2,1} y_1 + A_{2,2} y_2)", StepStatus.Valid)]
    [InlineData(@"\prod_{k=1}^{2} a_k \prod_{j=1}^{2} b_{j} c_k = a_1 a_2 (b_1 b_2)^2 c_1^2 c_2^2", StepStatus.Valid)]
    public void ABigOperatorsBodyEndsBeforeAnotherThatDoesNotUseItsIndex(string step, StepStatus expected)
        => AssertOnlyVerdict("\\[ " + step + " \\]", expected);

    // q6.1's answer form: A is written for the first time, so "A = (1 alpha; -alpha 1)" defines it, and later lines read A
    // through it: det(lambda I - A) = (lambda - 1)^2 - (alpha)(-alpha) = (lambda - 1)^2 + alpha^2 by hand, while
    // (lambda - 1)^2 - alpha^2 differs by 2 alpha^2 (alpha = 1). A used before (in prose) or declared is a claim:
    // a general 2x2 A need not equal the identity, so that step is invalid.
    [Fact]
    public void ANameWrittenForTheFirstTimeAloneOnTheLeftIsDefined()
    {
        var report = Run("""
            \begin{equation}
            A = \begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix}
            \end{equation}
            \[ \det(\lambda I - A) = (\lambda - 1)^2 + \alpha^2 \]
            \[ \det(\lambda I - A) = (\lambda - 1)^2 - \alpha^2 \]
            """);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
        Assert.Contains("first time", report.Chains[0].Steps[0].Detail);
    }

    [Fact]
    public void ANameDeclaredIsChecked()
    {
        var report = Run("% matrix: A 2x2\n\\[ A = \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix} \\]");
        Assert.Equal(StepStatus.Invalid, report.Chains[^1].Steps[0].Status);
    }

    // Used before but never declared, A is read as a general 2x2 matrix: that reading is a guess (A may be a given
    // matrix the text names), so the counterexample it yields is withheld and the declaration is asked for.
    [Theory]
    [InlineData("The matrix $A$ is given.\n\\[ A = \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix} \\]")]
    [InlineData("\\[ B = A + 1 \\]\n\\[ A = \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix} \\]")]
    public void ANameUsedBeforeButUndeclaredIsUnknownUnderItsGuessedReading(string doc)
    {
        var step = Run(doc).Chains[^1].Steps[0];
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Null(step.Counterexample);
        Assert.Contains("% matrix: A 2x2", step.Detail);
    }

    // q6.2's answer form in prose: (d, g) = (0, 0) is read (it was "expected ')'"), as a claim about d and g used before
    // (V(d, g) = d g), false at d = 1; with d and g defined as 0 first it holds entry by entry. (With d and g written there
    // for the first time the pair defines them, as d = 0 would define d: ColumnDefinitionTests.)
    [Theory]
    [InlineData("Let $V(d, g) = d g$. The stationary point is $(d, g) = (0, 0)$.", StepStatus.Invalid)]
    [InlineData("% define:\n\\[ d = 0, g = 0 \\]\nThe stationary point is $(d, g) = (0, 0)$.", StepStatus.Valid)]
    public void ATupleIsReadAndComparedEntryByEntry(string doc, StepStatus expected)
    {
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal(expected, report.Chains[^1].Steps[0].Status);
    }

    // Declarations written in one answer environment end with it: in q5.2 z is a scalar again, and
    // d/dz sigma(az + b) = a sigma(az + b)(1 - sigma(az + b)) by the chain rule (sigma' = sigma(1 - sigma)).
    // Inside q2.1, where z is a 2-vector, z^T z = z_1^2 + z_2^2; a declaration outside any answer stays in force
    // (K = 2 assumed before q2.1 still makes K - 2 = 0 in q5.2).
    [Fact]
    public void DeclarationsInsideAnAnswerHoldToItsEndOnly()
    {
        var report = Run("""
            % assume: K = 2
            \begin{answer}{q2.1}
            % vector: z, \mu, z_0 2
            \[ z^\top z = z_1^2 + z_2^2 \]
            \end{answer}
            \begin{answer}{q5.2}
            \begin{align*}
            \frac{d}{dz} \sigma(a z + b) &= a \sigma(a z + b)(1 - \sigma(a z + b))
            \end{align*}
            \[ K - 2 = 0 \]
            \end{answer}
            """);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Valid, StepStatus.Valid, StepStatus.Valid], Statuses(report));
    }

    // A definition made inside an answer outlives it, as any definition does: A defined in q6.1 is read in q6.2,
    // where det(A) = 1 - (alpha)(-alpha) = 1 + alpha^2 by hand.
    [Fact]
    public void ADefinitionInsideAnAnswerOutlivesIt()
    {
        var report = Run("""
            \begin{answer}{q6.1}
            % symbol: \alpha
            \[ A := \begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix} \]
            \end{answer}
            \begin{answer}{q6.2}
            \[ \det A = 1 + \alpha^2 \]
            \end{answer}
            """);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid], Statuses(report));
    }

    // z_{0,k} is entry k of the declared vector z_0 (not a two-index entry of z): z_{0,1} + 2 z_{0,2} = z_0^T (1, 2)^T;
    // z_{0,3} lies outside a 2-vector, an input error.
    [Fact]
    public void AnEntryOfASubscriptedVectorIsRead()
        => AssertOnlyVerdict("% vector: z, z_0 2\n\\[ z_{0,1} + 2 z_{0,2} = z_0^T \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} \\]", StepStatus.Valid);

    [Fact]
    public void AnEntryOutsideASubscriptedVectorIsAnInputError()
        => Assert.NotEmpty(Run("% vector: z, z_0 2\n\\[ z_{0,3} = 1 \\]").Errors);

    // \lambda_\pm names the two roots: a name (written first here, so defined), not a parse error.
    [Fact]
    public void PlusMinusAsASubscriptIsPartOfAName()
        => AssertOnlyVerdict("\\[ \\lambda_\\pm = 1 \\pm i\\alpha \\]", StepStatus.Definition);

    // The declaration suggested for \ell' is written as the document would write it, with its backslash.
    [Fact]
    public void TheDeclarationSuggestedForAPrimedGreekNameKeepsItsBackslash()
    {
        var error = Assert.Single(Run("$\\ell'(t) = \\frac{1}{t}$").Errors);
        Assert.Contains("% function: \\ell'", error.Message);
    }

    // V never declared nor defined: dV/dd read as 0 is a guess, so "dV/dd = g" is unknown, not refuted at g = 1; with
    // V := d g it is valid (d(dg)/dd = g by hand), and with V declared a symbol its derivative is 0 and the claim fails at g = 1.
    [Theory]
    [InlineData("", StepStatus.Unknown)]
    [InlineData("\\[ V := d g \\]\n", StepStatus.Valid)]
    [InlineData("% symbol: V\n", StepStatus.Invalid)]
    public void AnUndefinedNameUnderADerivativeIsNotReadAsAConstant(string before, StepStatus expected)
    {
        var report = Run(before + "\\[ \\frac{\\partial V}{\\partial d} = g \\]");
        Assert.Empty(report.Errors);
        Assert.Equal(expected, report.Chains[^1].Steps.Single().Status);
    }

    // Issue 4: \frac{\partial V}{\partial d}(d, g) with V(d, g) := d g (q6 of the statement) is V differentiated in its parameter d,
    // then evaluated: g at (d, g), and at (0, g) the derivative in g is 0 (d g differentiated in g is d, here 0, by hand).
    // It was read as ∂V/∂d times the tuple (d, g), a wrong invalid. A wrong derivative (d in place of g) is still refuted.
    [Theory]
    [InlineData("\\frac{\\partial V}{\\partial d}(d, g) = g", StepStatus.Valid)]
    [InlineData("\\frac{\\partial V}{\\partial d}(d, g) = \\frac{\\partial}{\\partial d} V(d, g)", StepStatus.Valid)]
    [InlineData("\\frac{\\partial V}{\\partial g}(0, g) = 0", StepStatus.Valid)]
    [InlineData("\\frac{\\partial V}{\\partial g}(1, 2) = 1", StepStatus.Valid)]
    [InlineData("\\frac{\\partial^2 V}{\\partial d \\partial g}(d, g) = 1", StepStatus.Valid)]
    [InlineData("\\frac{\\partial V}{\\partial d}(d, g) = d", StepStatus.Invalid)]
    public void ALeibnizDerivativeOfADefinedFunctionIsEvaluatedAtItsArguments(string step, StepStatus expected)
    {
        var report = Run("\\[ V(d, g) := d g \\]\n\\[ " + step + " \\]");
        Assert.Empty(report.Errors);
        Assert.Equal(expected, report.Chains[^1].Steps.Single().Status);
    }

    // q(z) with z a declared vector is q of the vector, not q times z. Undeclared, q is a guess (the density the document
    // means), so q(z) = 2 q(z_0) is unknown; declared a function it is any function, and q = 1 refutes it (1 against 2);
    // q(z) = q(z) holds either way.
    [Theory]
    [InlineData("", "q(z) = 2 q(z_0)", StepStatus.Unknown)]
    [InlineData("% function: q\n", "q(z) = 2 q(z_0)", StepStatus.Invalid)]
    [InlineData("", "2 q(z) = q(z) + q(z)", StepStatus.Valid)]
    public void AFunctionOfAWholeVectorIsACall(string declarations, string step, StepStatus expected)
        => AssertOnlyVerdict(declarations + "% vector: z, z_0 2\n\\[ " + step + " \\]", expected);

    // The answers of one question share their definitions, those of another question do not: g of q5.2 (g := 2 s) is
    // not read in q6.1, where g is a variable again: d/dg (d g) = d.
    [Fact]
    public void DefinitionsEndWithTheirQuestion()
    {
        var report = Run("""
            \begin{answer}{q5.2}
            \[ g := 2 s \]
            \end{answer}
            \begin{answer}{q6.1}
            \[ \frac{\partial}{\partial g} (d g) = d \]
            \end{answer}
            """);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid], Statuses(report));
    }

    // Trial finding 20: a second statement after ",\qquad" on an align line was dropped. a^2 - b^2 = (a - b)(a + b) and
    // (a + b)^2 = a^2 + 2ab + b^2 both hold (expanded by hand); "x = 3" there is a condition, not refuted (a fresh y would
    // be defined by its first use); after a bare
    // comma the rest is a side condition, as before, not a statement.
    [Theory]
    [InlineData(@"a^2 - b^2 &= (a - b)(a + b), \qquad (a + b)^2 = a^2 + 2ab + b^2", new[] { StepStatus.Valid, StepStatus.Valid })]
    [InlineData(@"x + x &= 2x, \qquad x = 3", new[] { StepStatus.Valid, StepStatus.NotChecked })]
    [InlineData(@"x + x &= 2x, y = 3", new[] { StepStatus.Valid })]
    public void AStatementAfterACommaAndQquadIsRead(string line, StepStatus[] expected)
    {
        var report = Run("\\begin{align*}\n" + line + "\n\\end{align*}");
        Assert.Empty(report.Errors);
        Assert.Equal(expected, Statuses(report));
    }

    // Trial finding 23: the echoed side keeps its \left with its \right.
    [Fact]
    public void AnEchoedSideKeepsItsLeft()
        => Assert.Equal(@"\left| -x \right|", Run(@"\[ \left| -x \right| = |x| \]").Chains.Single().Steps.Single().Left);
}
