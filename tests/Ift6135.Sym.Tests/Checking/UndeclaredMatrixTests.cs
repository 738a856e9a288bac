using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Matrices used without a declaration (I next to a matrix, A under \det): read as the identity of the
/// conforming size, or as a general matrix of a size the formulas determine, or left unknown with the
/// declaration to write. Expected verdicts are worked out by hand in the comments.
/// </summary>
public class UndeclaredMatrixTests
{
    // The update matrix of Q6: V(d, g) = dg, ascent on d, descent on g, simultaneously:
    // d' = d + α ∂V/∂d = d + αg, g' = g − α ∂V/∂g = g − αd, so A = [[1, α], [−α, 1]].
    private const string Update = @"\begin{pmatrix}1&\alpha\\-\alpha&1\end{pmatrix}";

    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private static StepReport OnlyStep(string doc)
    {
        var report = Run(doc);
        Assert.Empty(report.Errors);
        return Assert.Single(Assert.Single(report.Chains).Steps);
    }

    [Fact]
    public void IdentityNextToALiteralMatrixTakesItsSize()
    {
        // det [[λ−1, −α], [α, λ−1]] = (λ−1)² + α².
        var step = OnlyStep($@"\[ \det(\lambda I - {Update}) = (\lambda-1)^2+\alpha^2 \]");
        Assert.Equal(StepStatus.Valid, step.Status);
        Assert.Contains("I read as the 2×2 identity", step.Detail);
    }

    [Fact]
    public void ALowerCaseLetterOnTheRightOfAMatrixIsNoScalarGuess()
    {
        // ‖Av‖ = √(1 + α²)‖v‖ holds for every vector v of R² (AᵀA = (1 + α²)I); read with v a number it was refuted.
        var step = OnlyStep($@"\[ \|{Update} v\| = \sqrt{{1 + \alpha^2}}\, \|v\| \]");
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Contains("% vector: v 2", step.Detail);
        // Declared, it is checked; a scalar written on the left (α I) is still a scalar.
        Assert.Equal(StepStatus.Valid, OnlyStep($@"% vector: v 2
\[ \|{Update} v\| = \sqrt{{1 + \alpha^2}}\, \|v\| \]").Status);
        Assert.Equal(StepStatus.Valid, OnlyStep($@"\[ c {Update} - c I = c \alpha \begin{{pmatrix}}0&1\\-1&0\end{{pmatrix}} \]").Status);
    }

    [Fact]
    public void ASymbolicPowerOfAMatrixSaysWhatToDoInstead()
    {
        // (d_k, g_k) = A^k (d_0, g_0): A^k for a symbol k is not computed; the message says how to keep the step.
        var report = Run($@"\[ A := {Update} \]
\[ \begin{{pmatrix}} d_k \\ g_k \end{{pmatrix}} = A^k \begin{{pmatrix}} d_0 \\ g_0 \end{{pmatrix}} \]");
        var error = Assert.Single(report.Errors);
        Assert.Contains("a power with a symbol in it (A^k) is not computed", error.Message);
        Assert.Contains("% argued:", error.Message);
    }

    [Fact]
    public void WrongCharacteristicPolynomialIsInvalidWithACounterexample()
    {
        // (λ−1)² − α² differs from (λ−1)² + α² by 2α², nonzero whenever α ≠ 0.
        var step = OnlyStep($@"\[ \det(\lambda I - {Update}) = (\lambda-1)^2-\alpha^2 \]");
        Assert.Equal(StepStatus.Invalid, step.Status);
        var values = step.Counterexample!.Values;
        Assert.NotEqual(0, values["alpha"]);
        var (a, l) = (values["alpha"], values["lambda"]);
        Assert.Equal((l - 1) * (l - 1) + a * a, double.Parse(step.Counterexample.Left, System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Theory]
    [InlineData(@"\mathbf{I}")]
    [InlineData("I_2")]
    [InlineData("I_n")]
    public void EveryNameOfTheIdentityIsRead(string identity)
    {
        var step = OnlyStep($@"\[ \det(\lambda {identity} - {Update}) = \lambda^2 - 2\lambda + 1 + \alpha^2 \]");
        Assert.Equal(StepStatus.Valid, step.Status);
    }

    [Fact]
    public void IdentityTimesAMatrixIsThatMatrix()
    {
        Assert.Equal(StepStatus.Valid, OnlyStep($@"\[ I {Update} = {Update} \]").Status);
        // (2I)M = 2M, not M.
        Assert.Equal(StepStatus.Invalid, OnlyStep($@"\[ 2 I {Update} = {Update} \]").Status);
    }

    [Fact]
    public void IdentityDeclaredASymbolIsNotTheIdentity()
    {
        // I is a number here: λI − M adds a scalar to a matrix, which the checker reports instead of judging.
        var report = Run($"% symbol: I\n\\[ \\det(\\lambda I - {Update}) = (\\lambda-1)^2+\\alpha^2 \\]");
        Assert.NotEqual(StepStatus.Valid, Assert.Single(report.Chains).Steps[0].Status);
        Assert.NotEmpty(report.Errors);
    }

    [Fact]
    public void UndeclaredMatrixOfUnknownSizeIsUnknownWithTheDeclarationToWrite()
    {
        // λ² − tr(A)λ + det A is the characteristic polynomial of a 2×2 matrix only: no size may be guessed.
        var step = OnlyStep(@"\[ \det(\lambda I - A) = \lambda^2 - \operatorname{tr}(A)\lambda + \det A \]");
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Contains("declare it: % matrix: A nxn", step.Detail);
        // Not re-printed with A as a scalar (λI − A would read as a number): the sides are left out of the report.
        Assert.Null(step.LeftLatex);
    }

    [Fact]
    public void TheTwoByTwoClaimHoldsForADeclaredTwoByTwoAndFailsForThreeByThree()
    {
        // 2×2: det(λI − A) = (λ−a)(λ−d) − bc = λ² − (a+d)λ + (ad − bc). 3×3: the left side has degree 3 in λ.
        const string claim = @"\[ \det(\lambda I - A) = \lambda^2 - \operatorname{tr}(A)\lambda + \det A \]";
        Assert.Equal(StepStatus.Valid, OnlyStep("% matrix: A 2x2\n" + claim).Status);
        Assert.Equal(StepStatus.Invalid, OnlyStep("% matrix: A 3x3\n" + claim).Status);
    }

    [Fact]
    public void SizeDeterminedByADeclaredMatrixIsUsed()
    {
        // A + B with B 2×2 makes A 2×2: tr is linear for every 2×2 A; tr(AB) = tr(BA) too, AB = BA is not.
        Assert.Equal(StepStatus.Valid, OnlyStep("% matrix: B 2x2\n\\[ \\operatorname{tr}(A + B) = \\operatorname{tr}(A) + \\operatorname{tr}(B) \\]").Status);
        // AB = BA fails for a general 2×2 A, but A was never declared: the student may mean a given matrix that
        // commutes with B (a multiple of I), so the counterexample is withheld and the declaration asked for.
        var commute = OnlyStep("% matrix: B 2x2\n\\[ A B + B = B A + B \\]");
        Assert.Equal(StepStatus.Unknown, commute.Status);
        Assert.Null(commute.Counterexample);
        Assert.Contains("A read as a general 2×2 matrix", commute.Detail);
        Assert.Contains("% matrix: A 2x2", commute.Detail);
        // Declared, nothing is guessed: A = [[0,1],[0,0]], B = [[1,0],[0,0]] gives AB = 0, BA = A, so invalid.
        Assert.Equal(StepStatus.Invalid, OnlyStep("% matrix: A 2x2\n% matrix: B 2x2\n\\[ A B + B = B A + B \\]").Status);
    }

    // Trial finding 8: J_{z_0} is not declared; g(z_0), an undeclared name on the whole vector z_0, is a function of it
    // (a number), so nothing tells J's size: no verdict, and the message says what to declare (it was read as a 1×K
    // matrix at K = 3 when g(z_0) was read as g times z_0).
    // det(λI − A) = λ² − tr(A)λ + det A holds for every 2×2 A and fails for 3×3 (degree 3 in λ): with A KxK,
    // the check at K = 3 refutes the instantiation, not the claim for the K the student meant.
    [Theory]
    [InlineData("% vector: z_0 K\n% symbol: K\n\\[ \\det J_{z_0} g(z_0) = \\det \\begin{pmatrix} \\sigma_1 & 0 \\\\ 0 & \\sigma_2 \\end{pmatrix} \\]",
        "J_{z_0} is used as a matrix without a declaration", "% matrix: J_{z_0}")]
    [InlineData("% matrix: A KxK\n\\[ \\det(\\lambda I - A) = \\lambda^2 - \\operatorname{tr}(A)\\lambda + \\det A \\]",
        "sizes instantiated at K = 3", "give the sizes as numbers", "only K = 3 was tried")]
    public void AClaimFailingOnlyUnderAGuessedReadingIsUnknown(string doc, params string[] said)
    {
        var step = OnlyStep(doc);
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Null(step.Counterexample);
        foreach (var part in said) Assert.Contains(part, step.Detail);
    }

    [Fact]
    public void EntriesOfALetterSizeVectorDoNotDependOnTheSize()
    {
        // z_1, z_2 are the same numbers whatever K is: z_1 = z_2 = 1 gives 2 on the left and 4 on the right.
        var step = OnlyStep("% vector: z K\n% symbol: K\n\\[ z_1^2 + z_2^2 = (z_1 + z_2)^2 \\]");
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.NotNull(step.Counterexample);
    }

    [Fact]
    public void TransposeOfAnUndeclaredNameIsNotAScalar()
    {
        // Read as scalars, (AB)^T = A^T B^T would be valid; for matrices it is false: no size, no verdict.
        var step = OnlyStep(@"\[ (A B)^\top = A^\top B^\top \]");
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Contains("% matrix: A", step.Detail);
        Assert.Contains("% matrix: B", step.Detail);
        // A vector under a transpose next to a declared 2×2 matrix: the message proposes a vector of that length.
        var quadratic = OnlyStep("% matrix: B 2x2\n\\[ x^\\top B x = 3 \\]");
        Assert.Equal(StepStatus.Unknown, quadratic.Status);
        Assert.Contains("% vector: x 2", quadratic.Detail);
    }

    [Fact]
    public void LowerCaseFactorsOfAMatrixStayScalars()
    {
        // (λ + μ)M = λM + μM: λ and μ are numbers by convention.
        Assert.Equal(StepStatus.Valid, OnlyStep($@"\[ (\lambda + \mu) {Update} = \lambda {Update} + \mu {Update} \]").Status);
    }

    [Fact]
    public void QuestionSixDerivationWithADefinedMatrix()
    {
        // Eigenvalues of [[1, α], [−α, 1]]: (λ−1)² = −α², λ = 1 ± iα; |1 ± iα| = sqrt(1 + α²) > 1 for α > 0.
        var doc = $$"""
            % assume: \alpha > 0
            \begin{align*}
            A &:= {{Update}}
            \end{align*}
            \begin{align*}
            \det(\lambda I - A) &= \begin{vmatrix}\lambda-1&-\alpha\\\alpha&\lambda-1\end{vmatrix} \\
              &= (\lambda-1)^2+\alpha^2 \\
              &= \lambda^2 - 2\lambda + 1 + \alpha^2
            \end{align*}
            \begin{align*}
            \det((1 \pm i\alpha) I - A) &= 0
            \end{align*}
            \begin{align*}
            |1 + i\alpha| &= \sqrt{1+\alpha^2} \\
              &> 1
            \end{align*}
            """;
        var report = Run(doc);
        Assert.Empty(report.Errors);
        var steps = report.Chains.SelectMany(c => c.Steps).Where(s => s.Status != StepStatus.Definition).ToList();
        Assert.Equal(6, steps.Count);
        Assert.All(steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        Assert.Equal(0, report.ExitCode);
    }

    [Theory]
    // Eigenvalues without i: det((1+α)I − A) = α² + α² = 2α² ≠ 0.
    [InlineData(@"\det((1 + \alpha) I - A) = 0")]
    // A sign slip in the characteristic polynomial: (λ−1)² − α².
    [InlineData(@"\det(\lambda I - A) = \lambda^2 - 2\lambda + 1 - \alpha^2")]
    // The modulus without the square root: |1 + iα| = 1 + α (false for α > 0: 1 + α² < (1 + α)²).
    [InlineData(@"|1 + i\alpha| = 1 + \alpha")]
    // The trace and determinant swapped: λ² − (1+α²)λ + 2.
    [InlineData(@"\det(\lambda I - A) = \lambda^2 - (1+\alpha^2)\lambda + 2")]
    public void QuestionSixMistakesAreInvalid(string step)
    {
        var doc = $"% assume: \\alpha > 0\n\\begin{{align*}}\nA &:= {Update}\n\\end{{align*}}\n\\[ {step} \\]";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        var checkedStep = report.Chains[1].Steps.Single();
        Assert.Equal(StepStatus.Invalid, checkedStep.Status);
        Assert.NotNull(checkedStep.Counterexample);
    }

    [Fact]
    public void QuestionSixWithTheMatrixWrittenInline()
    {
        // The student never names the matrix: I is read from the literal next to it.
        var doc = $$"""
            \begin{align*}
            \det\left(\lambda I - {{Update}}\right) &= (\lambda - 1)(\lambda - 1) - (\alpha)(-\alpha) \\
              &= (\lambda-1)^2 + \alpha^2
            \end{align*}
            """;
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.All(report.Chains.Single().Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
    }
}
