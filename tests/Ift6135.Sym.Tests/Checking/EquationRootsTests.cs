using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// An equation followed by its roots, as Question 6.3 is written: det(A - λI) = (1 - λ)² + α² = 0, then λ = 1 ± iα.
/// The equation is not an identity in λ, the roots are checked by putting them in it, and λ names them afterwards.
/// Verdicts worked out by hand.
/// </summary>
public sealed class EquationRootsTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private static StepStatus[] Statuses(CheckReport r) => r.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToArray();

    private const string Matrix = "% assume: \\alpha > 0\n\\[ A := \\begin{pmatrix} 1 & \\alpha \\\\ -\\alpha & 1 \\end{pmatrix} \\]\n";

    [Fact]
    public void The_characteristic_equation_then_its_roots_then_their_modulus()
    {
        var doc = Matrix + "\\begin{align*}\n\\det(A - \\lambda I) &= (1 - \\lambda)^2 + \\alpha^2 = 0 \\\\\n\\lambda &= 1 \\pm i \\alpha \\\\\n"
            + "|\\lambda| &= \\sqrt{1 + \\alpha^2} > 1\n\\end{align*}\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        // A := .., det(A - λI) = (1-λ)² + α² (an identity), = 0 (the equation: not checked), the roots, |λ| = .., > 1.
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid], Statuses(report));
        Assert.Equal(StepStatus.NotChecked, report.Chains[1].Conclusion!.Status);
        Assert.Contains("solved on line 5", report.Chains[1].Steps[1].Detail);
        Assert.Contains("solves the equation of line 4", report.Chains[2].Steps[0].Detail);
        Assert.Equal(0, report.ExitCode);
    }

    /// <summary>
    /// The characteristic polynomial computed without "= 0", then the eigenvalues: λ = 1 ± iα was refuted as an identity in a free λ
    /// (and |λ| after it). The chain from det(A - λI) states the equation (1 - λ)² + α² = 0, which the roots are checked against.
    /// </summary>
    [Theory]
    [InlineData(@"\det(A - \lambda I)")]
    [InlineData(@"\det(\lambda I - A)")]
    [InlineData(@"|A - \lambda I|")]
    public void The_characteristic_polynomial_without_equals_zero_then_the_eigenvalues(string determinant)
    {
        var polynomial = determinant.Contains(@"\lambda I - A") ? @"(\lambda - 1)^2 + \alpha^2" : @"(1 - \lambda)^2 + \alpha^2";
        var doc = Matrix + $"\\begin{{align*}}\n{determinant} &= {polynomial} \\\\\n\\lambda &= 1 \\pm i \\alpha \\\\\n|\\lambda| &= \\sqrt{{1 + \\alpha^2}}\n\\end{{align*}}\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid], Statuses(report));
        Assert.Contains("solves the equation of line 4", report.Chains[2].Steps[0].Detail);
        // 1 ± α are not eigenvalues: (1 - (1 + α))² + α² = 2α² ≠ 0.
        var wrong = Run(doc.Replace(@"1 \pm i \alpha", @"1 \pm \alpha"));
        Assert.Equal(StepStatus.Invalid, wrong.Chains[2].Steps[0].Status);
        Assert.Contains("does not solve the equation of line 4", wrong.Chains[2].Steps[0].Detail);
    }

    [Fact]
    public void A_polynomial_that_is_not_a_characteristic_one_opens_no_equation()
    {
        // (1 - x)^2 + a^2 computed from something else: x = 1 ± i a is a claim about x, refuted.
        var doc = "\\begin{align*}\n(1 - x)^2 + a^2 &= x^2 - 2x + 1 + a^2 \\\\\nx &= 1 \\pm i a\n\\end{align*}\n";
        Assert.Equal([StepStatus.Valid, StepStatus.Invalid], Statuses(Run(doc)));
    }

    [Fact]
    public void Wrong_roots_are_refuted_and_name_nothing_afterwards()
    {
        // 1 ± α: (1 - (1 + α))² + α² = 2α² ≠ 0.
        var doc = "% assume: \\alpha > 0\n\\[ (1 - \\lambda)^2 + \\alpha^2 = 0 \\]\nso\n\\[ \\lambda_{1,2} = 1 \\pm \\alpha \\]\n\\[ |\\lambda| = \\sqrt{1 + \\alpha^2} \\]\n";
        var report = Run(doc);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Invalid, StepStatus.Invalid], Statuses(report));
        Assert.Contains("does not solve the equation of line 2", report.Chains[1].Steps[0].Detail);
    }

    [Fact]
    public void A_root_names_its_value_but_two_roots_on_two_lines_leave_the_name_free()
    {
        var one = "\\begin{align*}\nx^2 - 3x + 2 &= 0 \\\\\nx &= 1\n\\end{align*}\n\\[ x + 1 = 2 \\]\n";
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid], Statuses(Run(one)));
        // x = 1 then x = 2: x ≥ 2 would hold for the last root only; x is free again and refuted at a point below 2.
        var two = "\\begin{align*}\nx^2 - 3x + 2 &= 0 \\\\\nx &= 1 \\\\\nx &= 2\n\\end{align*}\n\\[ x \\ge 2 \\]\n";
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Invalid], Statuses(Run(two)));
    }

    /// <summary>
    /// "With $y = z + \beta h (z - z_0)$, $z = z_0 + r \tilde{z}$": the first gives y its value, so the second is another substitution,
    /// not a solution of the first (it was "whether this solves the equation of line 2 is not decided").
    /// </summary>
    [Fact]
    public void A_substitution_the_prose_states_is_no_equation_for_the_next_formula_to_solve()
    {
        var doc = "% vector: y, z, z_0, w 2\nWith $y = z + 2(z - z_0)$, $z = z_0 + w$,\n\\[ y - z_0 = 3w \\]\n";
        var report = Run(doc);
        Assert.Equal([StepStatus.NotChecked, StepStatus.NotChecked, StepStatus.Valid], Statuses(report));
        Assert.Contains("read z as", report.Chains[1].Steps[0].Detail);
    }

    [Fact]
    public void An_equation_the_prose_states_is_solved_on_the_next_display()
    {
        // Radial flow (ii): y - z_0 = (r + βh r) z̃ solved for z̃ = (y - z_0) / (r(1 + βh)); with 1 + βh written 1 - βh it is not.
        var doc = "% function: h\nwith $y - z_0 = (r + \\beta h(\\alpha, r) r)\\tilde{z}$,\n\\[ \\tilde{z} = \\frac{y - z_0}{r (1 + \\beta h(\\alpha, r))} \\]\n";
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid], Statuses(Run(doc)));
        Assert.Equal([StepStatus.NotChecked, StepStatus.Invalid], Statuses(Run(doc.Replace("(1 + ", "(1 - "))));
    }

    [Theory]
    [InlineData("(d, g) = (0, 0)", StepStatus.Valid)]
    [InlineData("(d, g) = (0, 1)", StepStatus.Invalid)]
    public void A_system_of_equations_then_its_solution(string solution, StepStatus expected)
    {
        // Q6.2 with V = dg - d²/2: ∂V/∂d = g - d = 0 and ∂V/∂g = d = 0 hold together at (0, 0) only.
        var doc = "\\[ V(d, g) := d g - \\frac{1}{2} d^2 \\]\n\\begin{align*}\n\\frac{\\partial V}{\\partial d} &= g - d = 0 \\\\\n"
            + "\\frac{\\partial V}{\\partial g} &= d = 0\n\\end{align*}\nso\n\\[ " + solution + " \\]\n";
        var report = Run(doc);
        Assert.Equal(expected, report.Chains[^1].Steps[0].Status);
        // The two equations are not claimed as identities.
        Assert.Equal([StepStatus.Valid, StepStatus.NotChecked], report.Chains[1].Steps.Select(s => s.Status));
        Assert.Equal([StepStatus.Valid, StepStatus.NotChecked], report.Chains[2].Steps.Select(s => s.Status));
    }

    [Fact]
    public void A_system_solved_one_name_at_a_time()
    {
        // d = 0 solves the second equation alone; g = 0 then solves the first with d = 0 put in.
        var doc = "\\[ V(d, g) := d g - \\frac{1}{2} d^2 \\]\n\\begin{align*}\n\\frac{\\partial V}{\\partial d} &= g - d = 0 \\\\\n"
            + "\\frac{\\partial V}{\\partial g} &= d = 0 \\\\\nd &= 0 \\\\\ng &= 0\n\\end{align*}\n";
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.NotChecked, StepStatus.Valid, StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid],
            Statuses(Run(doc)));
    }

    [Fact]
    public void A_solution_is_checked_against_the_last_six_equations_only()
    {
        // Seven refuted equations x^2 = 1 .. x^2 = 7, then x = 1: each equation of a system is a decision with its own budget,
        // so a long run of them is cut to its last six; x = 1 solves none of those (refuted; they are equations, not claims) and
        // x^2 = 1, out of the system, stays refuted.
        var doc = string.Concat(Enumerable.Range(1, 7).Select(k => $"\\[ x^2 = {k} \\]\n")) + "\\[ x = 1 \\]\n";
        var statuses = Statuses(Run(doc));
        Assert.Equal(StepStatus.Invalid, statuses[0]);
        Assert.Equal(StepStatus.Invalid, statuses[^1]);
        Assert.All(statuses[1..^1], s => Assert.Equal(StepStatus.NotChecked, s));
    }

    [Theory]
    [InlineData("2", StepStatus.Valid)]
    [InlineData("4", StepStatus.Invalid)]
    public void Two_roots_written_with_a_double_subscript_name_each_branch(string denominator, StepStatus expected)
    {
        // Q6.3 for V = dg - d²/2: λ² - (2 - α)λ + 1 - α + α² = 0, λ_{1,2} = (2 - α ± sqrt((2-α)² - 4(1 - α + α²)))/2 = (2 - α ± α sqrt(-3))/2;
        // then λ_1 λ_2 = 1 - α + α² (the product of the roots) and |λ|² equals it (complex conjugates: the discriminant is -3α²).
        var doc = "% assume: \\alpha > 0\n\\[ \\lambda^2 - (2 - \\alpha)\\lambda + 1 - \\alpha + \\alpha^2 = 0 \\]\n"
            + "\\[ \\lambda_{1,2} = \\frac{2 - \\alpha \\pm \\sqrt{(2-\\alpha)^2 - 4(1 - \\alpha + \\alpha^2)}}{" + denominator + "} \\]\n"
            + "\\[ |\\lambda|^2 = \\lambda_1 \\lambda_2 = 1 - \\alpha + \\alpha^2 \\]\n";
        var report = Run(doc);
        Assert.Equal(StepStatus.NotChecked, report.Chains[0].Steps[0].Status);
        Assert.Equal(expected, report.Chains[1].Steps[0].Status);
        if (expected == StepStatus.Valid) Assert.All(report.Chains[2].Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
    }

    [Fact]
    public void Roots_named_one_by_one_leave_the_unknown_free()
    {
        // x² - 4x + 3 = 0 has the roots 1 and 3. After x_1 = 1, x stands for 1 (x + 1 = 2 holds); after x_2 = 3 as well, x has
        // two values and is free again: x >= 2 (false for x_1) is refuted, not read with the last root.
        var doc = "\\[ x^2 - 4x + 3 = 0 \\]\n\\[ x_1 = 1 \\]\n\\[ x + 1 = 2 \\]\n";
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid], Statuses(Run(doc)));
        var two = "\\[ x^2 - 4x + 3 = 0 \\]\n\\[ x_1 = 1 \\]\n\\[ x_2 = 3 \\]\n\\[ x \\ge 2 \\]\n\\[ x_1 + x_2 = 4 \\]\n";
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Invalid, StepStatus.Valid], Statuses(Run(two)));
    }

    [Fact]
    public void Inequalities_joined_by_iff_are_statements()
    {
        // α² - α < 0 ⇔ 0 < α < 1 (true, by hand: α(α - 1) < 0); neither side holds for every α, so neither is refuted.
        var report = Run("% assume: \\alpha > 0\n\\[ \\alpha^2 - \\alpha < 0 \\iff 0 < \\alpha < 1 \\]\n");
        Assert.DoesNotContain(StepStatus.Invalid, Statuses(report));
        Assert.Contains(StepStatus.NotChecked, Statuses(report));
    }

    [Fact]
    public void A_false_identity_not_followed_by_roots_stays_refuted()
    {
        // (a + b)² = a² + b², then a line about another name: no roots, the refutation stands.
        var report = Run("\\[ (a + b)^2 = a^2 + b^2 \\]\n\\[ c = 2 \\]\n");
        Assert.Equal(StepStatus.Invalid, report.Chains[0].Steps[0].Status);
    }

    /// <summary>
    /// The modulus right after the characteristic equation, with no line naming the roots: λ was free and |λ|² = 1 + α² refuted.
    /// The roots of the equation (1 ± iα, degree two) are put for λ: |1 ± iα|² = 1 + α² holds, 1 - α² does not (2 against 0 at α = 1).
    /// </summary>
    [Theory]
    [InlineData(@"|\lambda|^2 = 1 + \alpha^2 > 1", new[] { StepStatus.Valid, StepStatus.Valid })]
    [InlineData(@"|\lambda|^2 = 1 - \alpha^2", new[] { StepStatus.Invalid })]
    public void Without_a_line_naming_the_roots_the_equation_s_roots_are_put_in(string claim, StepStatus[] expected)
    {
        var report = Run(Matrix + "\\begin{align*}\n\\det(A - \\lambda I) &= (1 - \\lambda)^2 + \\alpha^2 = 0\n\\end{align*}\nso $" + claim + "$.\n");
        Assert.Empty(report.Errors);
        Assert.Equal(expected, report.Chains[^1].Steps.Select(s => s.Status));
        Assert.StartsWith(@"\lambda stands for the roots of the equation of line 4", report.Chains[^1].Steps[0].Detail, StringComparison.Ordinal);
        Assert.Equal(StepStatus.NotChecked, report.Chains[1].Steps[^1].Status);
    }

    /// <summary>x^2 - 2x - 3 = 0 has the roots 3 and -1 (by hand): (x - 1)^2 = 4 holds at both; a refuted identity is no equation to solve.</summary>
    [Fact]
    public void Only_an_equation_written_equal_to_zero_is_solved_for_the_next_line()
    {
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid], Statuses(Run("\\[ x^2 - 2x - 3 = 0 \\]\nso $(x - 1)^2 = 4$.\n")));
        Assert.Equal([StepStatus.Invalid, StepStatus.Invalid], Statuses(Run("\\[ x^2 + 1 = 2x + 4 \\]\nso $(x - 1)^2 = 4$.\n")));
    }

    /// <summary>
    /// Question 2.3 as a student opens it: "We have $z = g(z_0) = \mu + S z_0$, so $z_0 = S^{-1}(z - \mu)$". g is read as any function
    /// (unknown steps), and the chain's conclusion z = \mu + S z_0 was refuted, so the line solving it for z_0 was refuted too, in a free z.
    /// The ends of the chain are the equation: S^{-1}(z - \mu) put for z_0 gives \mu + S S^{-1}(z - \mu) = z, so the line solves it (valid),
    /// and the conclusion is not claimed. A wrong solution, S^{-1} z - \mu, does not solve it: \mu + z - S\mu differs from z, and the line
    /// says so (the equation stays one being solved, as after a refuted last step).
    /// </summary>
    [Fact]
    public void A_chain_whose_ends_form_an_equation_is_solved_by_the_next_line()
    {
        const string declarations = "% matrix: S 2x2\n% vector: z, \\mu, z_0 2\n";
        const string right = "We have $z = g(z_0) = \\mu + S z_0$, so $z_0 = S^{-1}(z - \\mu)$.\n";
        var report = Run(declarations + right);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Unknown, StepStatus.Unknown, StepStatus.Valid], Statuses(report));
        Assert.Equal(StepStatus.NotChecked, report.Chains[0].Conclusion!.Status);
        Assert.Contains("solves the equation of line 3", report.Chains[1].Steps[0].Detail);
        var wrong = Run(declarations + right.Replace(@"S^{-1}(z - \mu)", @"S^{-1} z - \mu"));
        Assert.Equal(StepStatus.Invalid, wrong.Chains[1].Steps[0].Status);
        Assert.Contains("does not solve the equation of line 3", wrong.Chains[1].Steps[0].Detail);
    }

    /// <summary>
    /// The same with the map given: z = g(z_0) is now refuted as an identity (g(z_0) = \mu + S z_0 holds), and the chain's ends are still
    /// the equation the next line solves. After it z_0 stands for S^{-1}(z - \mu), and J_{z_0} g(z_0) = S is the Jacobian by z_0 with that
    /// value put in afterwards (S, a constant): it was an input error, z_0 having no entries left to differentiate by.
    /// </summary>
    [Fact]
    public void With_the_map_given_the_first_step_states_the_equation_and_the_jacobian_is_by_the_solved_name()
    {
        var report = Run("% matrix: S 2x2\n% vector: z, \\mu, z_0 2\n% given: g(z_0) = \\mu + S z_0\n"
            + "We have $z = g(z_0) = \\mu + S z_0$, so $z_0 = S^{-1}(z - \\mu)$ and $J_{z_0} g(z_0) = S$.\n");
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid], Statuses(report));
        Assert.Contains("solved on line 4", report.Chains[0].Steps[0].Detail);
    }

    /// <summary>
    /// Question 6.2 as a sentence: "$\partial V / \partial d = g = 0$ and $\partial V / \partial g = d = 0$". Each chain computes a derivative
    /// (valid: V = d g) and sets it to 0, an equation, not a claim that g is 0 for every g: not checked. The second was taken as a line in
    /// the first's unknown g, checked at g = 0, and d = 0 refuted; now it is the system's next equation, and (d, g) = (0, 0) solves both.
    /// A chain whose derivative is wrong (\partial V / \partial d = d) is still refuted there, and its "= 0" is checked as written.
    /// </summary>
    [Fact]
    public void Derivatives_set_to_zero_are_equations_and_the_point_solves_them()
    {
        const string setToZero = "Let $V(d, g) = d g$. Then $\\frac{\\partial V}{\\partial d} = g = 0$ and $\\frac{\\partial V}{\\partial g} = d = 0$";
        var open = Run(setToZero + ".\n");
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.NotChecked, StepStatus.Valid, StepStatus.NotChecked], Statuses(open));
        Assert.Contains("set to 0", open.Chains[1].Steps[1].Detail);
        var solved = Run(setToZero + ", so $(d, g) = (0, 0)$.\n");
        Assert.Equal(StepStatus.Valid, solved.Chains[^1].Steps[0].Status);
        Assert.Contains("solved on line 1", solved.Chains[1].Steps[1].Detail);
        var wrong = Run("Let $V(d, g) = d g$. Then $\\frac{\\partial V}{\\partial d} = d = 0$.\n");
        Assert.Equal([StepStatus.Definition, StepStatus.Invalid, StepStatus.Invalid], Statuses(wrong));
    }

    /// <summary>
    /// "two inputs $z_1 = -c/b$ and $z_2 = -c/b - 1$" after an equation in z whose solutions need b > 0: z_2 does not solve it for every b
    /// (said, refuted at b = -1), but it is the writer's name for -c/b - 1 all the same: z_2 + 1 = -c/b after it holds (it was refuted with
    /// z_2 free). A chain claiming its 0, g(z_2) = a \max(0, -b) = 0, is refuted where b &lt; 0: only a derivative set to 0 is an equation.
    /// </summary>
    [Fact]
    public void A_new_name_that_does_not_solve_the_equation_still_names_its_value()
    {
        var report = Run("% function: f\n% assume: b \\ne 0\nLet $g(z) = a f(bz + c)$ with $f(x) = \\max(0, x)$. For any $z$ with $bz + c \\le 0$, $f(bz + c) = 0$, so $g(z) = 0$. "
            + "The inputs $z_1 = -c/b$ and $z_2 = -c/b - 1$ give\n\\begin{align*}\nz_2 + 1 &= -c/b \\\\\ng(z_2) &= a \\max(0, -b) = 0\n\\end{align*}\n");
        Assert.Empty(report.Errors);
        var steps = report.Chains.SelectMany(c => c.Steps).ToList();
        Assert.Equal(StepStatus.Invalid, steps.Single(s => s.Left == "z_2").Status);
        Assert.Equal(StepStatus.Valid, steps.Single(s => s.Left == "z_2 + 1").Status);
        Assert.Equal(StepStatus.Valid, steps.Single(s => s.Left == "g(z_2)").Status);
        Assert.Equal(StepStatus.Invalid, steps.Single(s => s.Left == @"a \max(0, -b)").Status);
    }
    /// <summary>
    /// The roots computed by the checker for a line about the unknown ((1 - λ)² = -α², λ standing for 1 ± αi), then written by the student,
    /// "so $\lambda = 1 \pm i\alpha$": the written roots solve the equation and λ names them afterwards. The second undid the first and λ was
    /// free: |λ|² = 1 + α² was refuted at λ = 1.1875. By hand |1 ± iα|² = 1 + α² > 1 for α > 0.
    /// </summary>
    [Fact]
    public void Roots_written_after_the_roots_the_checker_computed_name_the_unknown_afterwards()
    {
        var doc = Matrix + "\\begin{align*}\n\\det(A - \\lambda I) &= (1 - \\lambda)^2 + \\alpha^2 = 0\n\\end{align*}\n"
            + "Then $(1 - \\lambda)^2 = -\\alpha^2$, so $\\lambda = 1 \\pm i\\alpha$. Hence\n"
            + "\\begin{align*}\n|\\lambda|^2 &= 1 + \\alpha^2 \\\\\n&> 1\n\\end{align*}\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.All(report.Chains[^1].Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        Assert.DoesNotContain(StepStatus.Invalid, Statuses(report));
        // A wrong modulus after the same lines is refuted.
        Assert.Contains(StepStatus.Invalid, Statuses(Run(doc.Replace("&= 1 + \\alpha^2", "&= 1 + 2\\alpha^2", StringComparison.Ordinal))));
    }

    // The characteristic polynomial named by a definition first, p(\lambda) = \det(A - \lambda I) = .., then "its roots": by hand
    // (1 - \lambda)^2 + \alpha^2 = 0 at \lambda = 1 \pm i\alpha, not at 1 \pm 2i\alpha (there (2i\alpha)^2 + \alpha^2 = -3\alpha^2).
    // The roots were refuted as identities in a free \lambda, the polynomial not being read as an equation.
    [Theory]
    [InlineData(@"1 \pm i\alpha", StepStatus.Valid)]
    [InlineData(@"1 \pm 2i\alpha", StepStatus.Invalid)]
    public void The_roots_of_a_characteristic_polynomial_named_first_are_checked_as_its_roots(string roots, StepStatus expected)
    {
        var report = Run(Matrix + "\\begin{align*}\np(\\lambda) = \\det(A - \\lambda I) &= (1 - \\lambda)^2 + \\alpha^2\n\\end{align*}\nIts roots are $\\lambda = " + roots + "$.\n");
        Assert.Equal(expected, report.Chains[^1].Steps.Single().Status);
    }

    // After \lambda = 1 \pm i\alpha, \lambda_1 and \lambda_2 are the roots with + and with -: by hand their product is 1 + \alpha^2 and their
    // sum 2, and their difference 2i\alpha, not 4i\alpha. The names were an input error ("one value: ± stands for two"). (A claim
    // "\lambda_1 = .." alone is read as naming a root, checked against the equation: either root is one.)
    [Theory]
    [InlineData(@"\lambda_1 \lambda_2 = 1 + \alpha^2", StepStatus.Valid)]
    [InlineData(@"\lambda_1 + \lambda_2 = 2", StepStatus.Valid)]
    [InlineData(@"\lambda_1 - \lambda_2 = 4i\alpha", StepStatus.Invalid)]
    public void The_two_roots_written_with_plus_minus_are_named_by_their_index(string claim, StepStatus expected)
    {
        var report = Run(Matrix + "\\begin{align*}\n\\det(A - \\lambda I) &= (1 - \\lambda)^2 + \\alpha^2 = 0\n\\end{align*}\nso $\\lambda = 1 \\pm i\\alpha$. Hence\n\\[ " + claim + " \\]\n");
        Assert.Empty(report.Errors);
        Assert.Equal(expected, report.Chains[^1].Steps.Single().Status);
    }

    /// <summary>
    /// \lambda_\pm (or \lambda_{\pm}) = 1 \pm i\alpha names both roots, \lambda_+ and \lambda_- each: |\lambda_\pm| = \sqrt{1 + \alpha^2}, and
    /// \lambda_+ \lambda_- = (1 + i\alpha)(1 - i\alpha) = 1 + \alpha^2, not 1 - \alpha^2. The unbraced \lambda_\pm was another name than \lambda_{\pm}.
    /// </summary>
    [Theory]
    [InlineData(@"\lambda_{\pm}", @"\lambda_\pm")]
    [InlineData(@"\lambda_\pm", @"\lambda_{\pm}")]
    public void Roots_named_with_plus_minus_name_each_sign(string named, string used)
    {
        var doc = "% assume: \\alpha > 0\nThe eigenvalues solve $\\lambda^2 - 2\\lambda + 1 + \\alpha^2 = 0$:\n\\[ " + named + " = 1 \\pm i\\alpha \\]\n"
            + "so $|" + used + "| = \\sqrt{1 + \\alpha^2}$, $\\lambda_+ \\lambda_- = 1 + \\alpha^2$ and $\\lambda_+ \\lambda_- = 1 - \\alpha^2$.\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
    }

    [Fact]
    public void A_matrix_named_where_an_answer_uses_it_is_read_by_the_next_answer_of_the_question()
    {
        // 6.1 names A after "where"; 6.3 takes its trace and determinant: 2 and 1 + \alpha^2 (it was an undeclared matrix there).
        var doc = "\\begin{answer}{q6.1}\n% assume: \\alpha > 0\nIn matrix form $x_{k+1} = A x_k$ where $A = \\begin{pmatrix} 1 & \\alpha \\\\ -\\alpha & 1 \\end{pmatrix}$.\n\\end{answer}\n"
            + "\\begin{answer}{q6.3}\n% assume: \\alpha > 0\n$\\operatorname{tr}(A) = 2$ and $\\det A = 1 + \\alpha^2$, not $\\det A = 1 - \\alpha^2$.\n\\end{answer}\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
    }
}
