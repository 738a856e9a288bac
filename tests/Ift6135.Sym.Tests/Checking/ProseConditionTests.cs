using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Equations stated in prose as conditions or substitutions ("with $z_{0,k} = ..$", "for $K = 2$"), functions defined by
/// their first use (s(z) = ..), and the answers of a template as scopes of their own (student trial, session 6).
/// Every expected verdict is worked out by hand in the comment above its test.
/// </summary>
public class ProseConditionTests
{
    private static CheckReport Run(string doc) => TrialFindingTests.Run(doc);

    private static StepStatus[] Statuses(CheckReport report) => TrialFindingTests.Statuses(report);

    // "For $K = 2$": K is a size, not a claim K = 2 for every K (it was INVALID at K = -1). "so $K = 2$" claims it: refuted
    // (K = 3 gives 3 against 2), and the message says how to state a condition instead.
    [Fact]
    public void AnEquationLedByForIsAConditionNotAClaim()
    {
        var report = Run("% symbol: K\nFor $K = 2$ the map is diagonal.\n");
        Assert.Empty(report.Errors);
        var step = Assert.Single(report.Chains.SelectMany(c => c.Steps));
        Assert.Equal(StepStatus.NotChecked, step.Status);
        Assert.Contains("'for'", step.Detail);
        Assert.Null(step.Counterexample);
    }

    // "two inputs with $bz + c \le 0$": an inequality led by a condition word is a condition too (it was INVALID at bz + c = 1/16);
    // "so $x^2 \ge 0$" claims one, checked; and a claim led by nothing is refuted as before.
    [Theory]
    [InlineData("So two inputs with $bz + c \\le 0$ have the same output.\n", StepStatus.NotChecked, "% assume: bz + c")]
    [InlineData("and so $x^2 \\ge 0$ everywhere.\n", StepStatus.Valid, null)]
    [InlineData("We get $x \\ge 1$.\n", StepStatus.Invalid, null)]
    // A range led by a condition word is a condition on both sides (it was refuted at \sigma = -0.02 and 1.06).
    [InlineData("Since $0 < \\sigma < 1$, done.\n", StepStatus.NotChecked, "% assume: 0 < \\sigma")]
    public void AnInequalityLedByAConditionWordIsAConditionNotAClaim(string text, StepStatus expected, string? advice)
    {
        var steps = Run(text).Chains.SelectMany(c => c.Steps).ToList();
        Assert.All(steps, step => Assert.Equal(expected, step.Status));
        if (advice is not null) Assert.Contains(advice, steps[0].Detail);
    }

    [Fact]
    public void ALoneEquationInProseThatIsRefutedSuggestsGiven()
    {
        var report = Run("% symbol: K\nThe size is known, so $K = 2$.\n");
        var step = Assert.Single(report.Chains.SelectMany(c => c.Steps));
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.Contains("% given:", step.Detail);
    }

    // "Define $f(r) = ..$" after the template's "% function: f": the student's f is defined, not a claim about the declared f (it was
    // refuted with f = 0). Then f'(r) = 1 + \alpha\beta/(\alpha + r)^2 by hand (the quotient rule on \beta r/(\alpha + r)), valid.
    // "Let" does the same for a function; "Define $x = 2$" defines a declared name too. A display led by "define" defines by its
    // first equation only: x^2 = 4 on the line after is a claim, checked with x = 2: valid.
    [Theory]
    [InlineData("% function: f\n% assume: \\alpha > 0, r > 0\nDefine $f(r) = r + \\frac{\\beta r}{\\alpha + r}$. Then $f'(r) = 1 + \\frac{\\alpha \\beta}{(\\alpha + r)^2}$.\n")]
    [InlineData("% function: f\n% assume: \\alpha > 0, r > 0\nLet $f(r) = r + \\frac{\\beta r}{\\alpha + r}$. Then $f'(r) = 1 + \\frac{\\alpha \\beta}{(\\alpha + r)^2}$.\n")]
    [InlineData("% symbol: x\nWe define\n\\begin{align*}\nx &= 2 \\\\\nx^2 &= 4\n\\end{align*}\n")]
    public void AnEquationTheProseDefinesIsADefinition(string text)
    {
        var report = Run(text);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid], Statuses(report));
        Assert.Contains("the prose before it introduces", report.Chains[0].Steps[0].Detail);
    }

    // The word must be the last of its kind before the formula: "define the error; since $f(r) = 0$ here" is led by "since", and a
    // definition that uses its own name (f(r) = f(r) + 1) stays a claim, refuted. Without the word, f(r) = r is a claim about f.
    [Theory]
    [InlineData("% function: f\nWe define the error, since $f(r) = r$ here.\n", StepStatus.NotChecked)]
    [InlineData("% function: f\nDefine $f(r) = f(r) + 1$.\n", StepStatus.Invalid)]
    [InlineData("% function: f\nSo $f(r) = r$.\n", StepStatus.Invalid)]
    public void OnlyAnEquationLedByANamingWordIsADefinition(string text, StepStatus expected)
        => Assert.Equal([expected], Statuses(Run(text)));

    // A condition word followed by other words before the formula does not make it a condition: "Using the product rule, $..$" states
    // a claim, checked (d/dx x^2 = 3x is refuted at x = 1: 2 against 3; it was not checked). "using $x = 2$", "since $x > 0$", "assuming
    // that $x > 0$" and "with $a = 1$ and $b = 2$" are still conditions.
    [Theory]
    [InlineData("% symbol: x\nUsing the product rule, $\\frac{d}{dx} x^2 = 3x$.\n", StepStatus.Invalid)]
    [InlineData("% symbol: x\nSince the square is even, $x^2 = 4$.\n", StepStatus.Invalid)]
    [InlineData("% symbol: x\nThe value using $x = 2$ is four.\n", StepStatus.NotChecked)]
    [InlineData("% symbol: x\nAssuming that $x > 0$, done.\n", StepStatus.NotChecked)]
    [InlineData("% symbol: a, b\nWith $a = 1$ and $b = 2$, done.\n", StepStatus.NotChecked)]
    public void Only_a_condition_word_next_to_its_formula_makes_a_condition(string text, StepStatus expected) =>
        Assert.Equal(expected, Statuses(Run(text))[^1]);

    // "The gradients are $\partial V/\partial d = g$ and $\partial V/\partial g = d$, where $V(d, g) = d g$": the definition comes after its
    // use in the sentence, and the two steps were unknown (V taken for a constant). They are read again with it: by hand \partial(dg)/\partial d
    // = g and \partial(dg)/\partial g = d, valid; a wrong one, \partial V/\partial d = d, is refuted (at d = 1, g = 0). A definition in the
    // next sentence does not reach back.
    [Theory]
    [InlineData(@"$\frac{\partial V}{\partial d} = g$ and $\frac{\partial V}{\partial g} = d$, where $V(d, g) = d g$.", new[] { StepStatus.Valid, StepStatus.Valid, StepStatus.Definition })]
    [InlineData(@"$\frac{\partial V}{\partial d} = d$, where $V(d, g) = d g$.", new[] { StepStatus.Invalid, StepStatus.Definition })]
    [InlineData(@"$\frac{\partial V}{\partial d} = g$. Here, where $V(d, g) = d g$, we stop.", new[] { StepStatus.Unknown, StepStatus.Definition })]
    public void A_definition_given_after_its_use_by_where_is_read_in_its_sentence(string sentence, StepStatus[] expected) =>
        Assert.Equal(expected, Statuses(Run("% symbol: d, g\nThe gradients are " + sentence + "\n")));

    // \partial V / \partial d = 0 with V never defined held because V was read as a constant: valid under a guess the document did not
    // state (V(d, g) = d g gives g). It is unknown, saying to define V; with V defined it is decided (refuted: g is not 0 for every g).
    [Fact]
    public void A_derivative_of_an_undefined_name_is_not_valid_by_reading_it_as_a_constant()
    {
        var undefined = Assert.Single(Run("% symbol: d, g\n$\\frac{\\partial V}{\\partial d} = 0$\n").Chains.SelectMany(c => c.Steps));
        Assert.Equal(StepStatus.Unknown, undefined.Status);
        Assert.Contains("define V with :=", undefined.Detail);
        Assert.Equal([StepStatus.Definition, StepStatus.Invalid], Statuses(Run("% symbol: d, g\nLet $V(d, g) = d g$. Then $\\frac{\\partial V}{\\partial d} = 0$.\n")));
    }

    // "Take $b > 0$", "Suppose $x = 2$", "the case $b < 0$": conditions, not claims (b > 0 was refuted at b = -1).
    [Theory]
    [InlineData("% symbol: b\nTake $b > 0$.\n")]
    [InlineData("% symbol: b\nThe case $b < 0$ is symmetric.\n")]
    [InlineData("% symbol: x\nSuppose $x = 2$.\n")]
    public void Take_suppose_and_case_introduce_conditions(string text) =>
        Assert.Equal([StepStatus.NotChecked], Statuses(Run(text)));

    // Question 5.1 in the statement's words: "$g(z) = a f(bz + c)$ with $f(x) = \max(0, x)$" defines g before f, with f only declared
    // then (% function: f). g was read with f any function (g(-c/b) = 0 refuted with f(t) = 1/6 at 0); f's later definition now holds in
    // g's body. By hand: g(-c/b) = a \max(0, 0) = 0 and g(-c/b + 1) = a \max(0, b) (= a b for b > 0); g(-c/b) = a fails at a = 1.
    [Theory]
    [InlineData(@"g(-c/b) = 0", StepStatus.Valid)]
    [InlineData(@"g(-c/b + 1) = a \max(0, b)", StepStatus.Valid)]
    [InlineData(@"g(-c/b) = a", StepStatus.Invalid)]
    public void A_function_defined_after_the_one_that_applies_it_holds_in_its_body(string step, StepStatus expected)
    {
        var report = Run("% function: f\n% assume: b \\ne 0\nLet $g(z) = a f(bz + c)$ with $f(x) = \\max(0, x)$.\n" + $"\\[ {step} \\]\n");
        Assert.Equal(expected, report.Chains[^1].Steps.Single().Status);
    }

    // A condition that happens to be an identity is still reported valid: x + x = 2x.
    [Fact]
    public void AConditionThatIsAnIdentityStaysValid()
        => Assert.Equal([StepStatus.Valid], Statuses(Run("with $x + x = 2x$ we go on.\n")));

    // "with $z_{0,k} = (z_k - mu_k)/sigma_k$" is a substitution for every k: then z_{0,1}^2 + z_{0,2}^2 is
    // (z_1 - mu_1)^2/sigma_1^2 + (z_2 - mu_2)^2/sigma_2^2 (valid), and a right side with sigma_2 not squared differs
    // (z_2 - mu_2 = 1, sigma_2 = 2, the rest 0: 1/4 against 1/2): invalid.
    [Theory]
    [InlineData(@"\frac{(z_1 - \mu_1)^2}{\sigma_1^2} + \frac{(z_2 - \mu_2)^2}{\sigma_2^2}", StepStatus.Valid)]
    [InlineData(@"\frac{(z_1 - \mu_1)^2}{\sigma_1^2} + \frac{(z_2 - \mu_2)^2}{\sigma_2}", StepStatus.Invalid)]
    public void ASubstitutionStatedWithWithRewritesTheEntriesAfterIt(string right, StepStatus expected)
    {
        var report = Run($$"""
            % vector: z, \mu, z_0 2
            % assume: \sigma_k > 0
            so, with $z_{0,k} = (z_k - \mu_k)/\sigma_k$,
            \[ z_{0,1}^2 + z_{0,2}^2 = {{right}} \]
            """);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.NotChecked, expected], Statuses(report));
    }

    // A whole declared vector given its value in prose: y = z + 2(z - z_0) makes y = 3z - 2z_0 hold entry by entry, and y = 3z not
    // (at z_0 = 1: 3z - 2 against 3z). The step after it was told it would read y so but read y as a free vector.
    [Theory]
    [InlineData("3z - 2z_0", StepStatus.Valid)]
    [InlineData("3z", StepStatus.Invalid)]
    public void ASubstitutionOfAWholeVectorRewritesEachOfItsEntries(string right, StepStatus expected)
    {
        var report = Run($$"""
            % vector: y, z, z_0 2
            With $y = z + 2(z - z_0)$,
            \[ y = {{right}} \]
            """);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.NotChecked, expected], Statuses(report));
    }

    // The same substitution inside a product over k = 1..K: prod_k exp(-z_{0,k}^2/2) = prod_k exp(-(z_k - mu_k)^2/(2 sigma_k^2)).
    [Fact]
    public void ASubstitutionReachesTheBodyOfAProduct()
    {
        var report = Run("""
            % vector: z, \mu, z_0 K
            % symbol: K
            % assume: \sigma_k > 0
            with $z_{0,k} = \frac{z_k - \mu_k}{\sigma_k}$:
            \[ \prod_{k=1}^K \exp\left(-\frac{1}{2} z_{0,k}^2\right) = \prod_{k=1}^K \exp\left(-\frac{(z_k - \mu_k)^2}{2\sigma_k^2}\right) \]
            """);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid], Statuses(report));
    }

    // The sentence before: "With $a = 1$, $b = 2$, and $c = 3$:" leads each of the three by "With"; a full stop ends
    // the sentence, "i.e." does not; a heading's closing brace ends it too.
    [Theory]
    [InlineData("With $a = 1$, $b = 2$, and $c = 3$: done", 2, "with")]
    [InlineData("We have $a = b$. Then $c = d$.", 1, null)]
    [InlineData("for the map $g$, i.e. $c = d$.", 1, "for")]
    [InlineData("\\section*{For it} $c = d$", 0, null)]
    // A word drawing a conclusion after the condition word makes the formula a claim: "diagonal with entries .., so" ..
    [InlineData("the Jacobian is diagonal with entries $\\sigma_k$, so $|\\det J| = 1$.", 1, null)]
    [InlineData("with this choice we get $c = d$.", 0, null)]
    [InlineData("so, with $c = d$, done.", 0, "with")]
    // "Write $z = z_0 + r \tilde{z}$": the change of variables of Question 5.4, a substitution.
    [InlineData("Write $c = d$ with $e = 1$.", 0, "write")]
    public void TheLeadIsTheSentenceBeforeTheFormula(string text, int index, string? word)
    {
        var blocks = DocumentReader.Read(text).OfType<MathBlock>().ToList();
        Assert.Equal(word, ProseCondition.IntroducedBy(blocks[index].Lead));
    }

    // s(z) written for the first time on its own argument defines s: s(2) = 2^2 + 1 = 5 holds, s(2) = 4 does not.
    [Theory]
    [InlineData("5", StepStatus.Valid)]
    [InlineData("4", StepStatus.Invalid)]
    public void AFunctionWrittenForTheFirstTimeOnItsArgumentIsDefined(string value, StepStatus expected)
    {
        var report = Run($"Write $s(z) = z^2 + 1$.\n\\[ s(2) = {value} \\]\n");
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, expected], Statuses(report));
    }

    // q(x) = (x + 1)^2 = x^2 + 1 defines q and then errs by 2x; the conclusion q(x) = x^2 + 1 is read through the
    // definition ((x + 1)^2 against x^2 + 1, 4 against 2 at x = 1), not as q times x: invalid, and no input error.
    [Fact]
    public void TheConclusionOfAChainThatDefinesAFunctionReadsThroughTheDefinition()
    {
        var report = Run("\\[ q(x) = (x + 1)^2 = x^2 + 1 \\]\n");
        Assert.Empty(report.Errors);
        var chain = Assert.Single(report.Chains);
        Assert.Equal([StepStatus.Definition, StepStatus.Invalid], chain.Steps.Select(s => s.Status));
        Assert.Equal(StepStatus.Invalid, chain.Conclusion!.Status);
        Assert.Equal("q(x)", chain.Conclusion.Left);
    }

    // Each answer of a template is a question of its own: g of q2.1 (2z) and g of q2.3 (3z) are two definitions,
    // g(1) = 2 then g(1) = 3; in q6 g is a variable again: d/dg (d g) = d.
    [Fact]
    public void AFunctionDefinedInAnAnswerEndsWithIt()
    {
        var report = Run("""
            \begin{answer}{q2.1}
            The map is $g(z) = 2z$. \[ g(1) = 2 \]
            \end{answer}
            \begin{answer}{q2.3}
            Now $g(z) = 3z$. \[ g(1) = 3 \]
            \end{answer}
            \begin{answer}{q6.1}
            \[ \frac{\partial}{\partial g} (d g) = d \]
            \end{answer}
            """);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Definition, StepStatus.Valid, StepStatus.Valid], Statuses(report));
    }
    // "$f'(r) > 0$ for $r > 0$" (the radial flow): f'(r) = 1 + \alpha\beta/(\alpha + r)^2 is 0 at r = 0 when \beta = -\alpha, so the claim
    // holds for r > 0 only; read for every r it was unknown. "$x > 2$ for $x > 1$" is false (x = 1.5), "$x^2 = x$ for $x = 1$" true.
    // "for all $k$" states no condition, and a condition word after a full stop starts another sentence.
    [Fact]
    public void A_condition_written_after_an_inline_claim_is_its_condition()
    {
        var report = Run("% assume: \\alpha > 0, \\beta \\ge -\\alpha, r \\ge 0\n"
            + "Then $1 + \\frac{\\alpha\\beta}{(\\alpha + r)^2} > 0$ for $r > 0$. Also $x > 2$ for $x > 1$, and $x^2 = x$ for $x = 1$.\n");
        Assert.Empty(report.Errors);
        StepStatus Verdict(string left, string right) => report.Chains.SelectMany(c => c.Steps).Single(s => s.Left == left && s.Right == right).Status;
        Assert.Equal(StepStatus.Valid, Verdict(@"1 + \frac{\alpha\beta}{(\alpha + r)^2}", "0"));
        Assert.Equal(StepStatus.Invalid, Verdict("x", "2"));
        Assert.Equal(StepStatus.Valid, Verdict("x^2", "x"));
        // The conditions themselves stay conditions, not claims.
        Assert.Equal(StepStatus.NotChecked, Verdict("r", "0"));
        Assert.All(report.Chains.SelectMany(c => c.Steps).Where(s => s.Left == "x" && s.Right == "1"), s => Assert.Equal(StepStatus.NotChecked, s.Status));
    }

    [Theory]
    [InlineData("$x > 2$ for all $x > 1$.")]
    [InlineData("$x > 2$. For $x > 1$ the map is defined.")]
    [InlineData("$x > 2$ and $x > 1$.")]
    public void Other_prose_after_an_inline_claim_states_no_condition(string text) =>
        Assert.Equal("", DocumentReader.Read(text).OfType<MathBlock>().First().Trail);
    // A premise before the claim: "If $x > 1$, then $x^3 > 1$" was refuted at x = -1, "For $x > 1$, $x^2 > 1$" and "When $x > 1$, $x > 2$"
    // were read as two conditions (a false claim escaped). By hand: x > 1 gives x^2 > 1 and x^3 > 1; x = 1.5 breaks x > 2.
    // "With $a = 1$, $b = 2$" stays a list of two substitutions.
    [Theory]
    [InlineData("If $x > 1$, then $x^3 > 1$.", StepStatus.Valid)]
    [InlineData("For $x > 1$, $x^2 > 1$.", StepStatus.Valid)]
    [InlineData("Since $x > 1$, $x^2 > 1$.", StepStatus.Valid)]
    [InlineData("When $x > 1$, $x > 2$.", StepStatus.Invalid)]
    [InlineData("% assume: a > 0, b > 0\nWith $a = 1$, $b = 2$.", StepStatus.NotChecked)]
    [InlineData("If moreover $x > 1$ for some $x$, the map is onto.", StepStatus.NotChecked)]
    // Question 5.1's ReLU: "For every $z \le -c/b$ we have $bz + c \le 0$" was refuted at z above -c/b. By hand: b > 0 and z <= -c/b
    // give bz <= -c. A quantifier after "for" and the words that lead to the claim keep the premise; x = 1.5 still breaks x^2 > 4.
    [InlineData("% assume: b > 0\nFor every $z \\le -c/b$ we have $bz + c \\le 0$.", StepStatus.Valid)]
    [InlineData("For all $x > 1$, one has $x^2 > 1$.", StepStatus.Valid)]
    [InlineData("If $x > 1$ then it follows that $x^3 > 1$.", StepStatus.Valid)]
    [InlineData("For every $x > 1$ we get $x^2 > 4$.", StepStatus.Invalid)]
    public void A_premise_written_before_an_inline_claim_is_its_condition(string text, StepStatus claim)
    {
        var report = Run(text + "\n");
        Assert.Empty(report.Errors);
        Assert.Equal(claim, report.Chains[^1].Steps.Single().Status);
    }

    // A premise before a display, in the same sentence: 5.3's "For $z_1 < z_2$, \begin{align*} g(z_2) - g(z_1) &= \int_{z_1}^{z_2} g'(t) dt > 0
    // \end{align*}" was refuted at z_1 > z_2 (the display read for every value). By hand: x > 1 gives x^2 > x > 1 and x^3 - 1 > 0; x = 1.5
    // breaks x^2 > 4. After a full stop the display is a claim of its own: x^3 > 1 fails at x = 0.
    [Theory]
    [InlineData("For $x > 1$,\n\\begin{align*}\nx^2 &> x \\\\\n&> 1\n\\end{align*}", new[] { StepStatus.Valid, StepStatus.Valid })]
    [InlineData("If $x > 1$, then\n\\[ x^3 - 1 > 0 \\]", new[] { StepStatus.Valid })]
    [InlineData("For $x > 1$, we have\n\\[ x^2 > 4 \\]", new[] { StepStatus.Invalid })]
    [InlineData("The map is defined for $x > 1$. Then\n\\[ x^3 > 1 \\]", new[] { StepStatus.Invalid })]
    public void A_premise_written_before_a_display_is_the_condition_of_its_steps(string text, StepStatus[] claims)
    {
        var report = Run(text + "\n");
        Assert.Empty(report.Errors);
        Assert.Equal(claims, report.Chains[^1].Steps.Select(s => s.Status).ToArray());
    }

    // A premise holds through its sentence, and premises may follow one another. 5.1: "For every $z \le -c/b$ we have $bz + c \le 0$, so
    // $g(z) = a \max(0, bz + c) = 0$" had the second claim refuted at z above -c/b; 5.4: "Given $r > 0$, since $\beta \ge -\alpha$," then
    // r/(\alpha + r) > 0 was refuted at r = 0 (the template assumes r >= 0). By hand: b > 0 and z <= -c/b give bz + c <= 0, so the max is 0;
    // r > 0 and alpha > 0 make r/(alpha + r) positive; x > 1 does not give x > 2 (x = 1.5). After a full stop the premise no longer holds.
    [Theory]
    [InlineData("% assume: b > 0\nFor every $z \\le -c/b$ we have $bz + c \\le 0$, so $a \\max(0, bz + c) = 0$.", StepStatus.Valid)]
    [InlineData("For $x > 1$ we have $x^2 > 1$, so again $x^3 > 1$.", StepStatus.Valid)]
    [InlineData("For $x > 1$ we have $x^2 > 1$, hence $x > 2$.", StepStatus.Invalid)]
    [InlineData("For $x > 1$ we have $x^2 > 1$. So $x^3 > 1$.", StepStatus.Invalid)]
    [InlineData("% assume: \\alpha > 0, r \\ge 0\nGiven $r > 0$, since $\\alpha > 0$,\n\\[ \\frac{r}{\\alpha + r} > 0 \\]", StepStatus.Valid)]
    [InlineData("Given $x > 1$ and $y > 1$, $x y > 1$.", StepStatus.Valid)]
    public void A_premise_holds_through_its_sentence_and_premises_add_up(string text, StepStatus claim)
    {
        var report = Run(text + "\n");
        Assert.Empty(report.Errors);
        Assert.Equal(claim, report.Chains[^1].Steps[^1].Status);
    }

    // "For $x > 1$, $x^2 - 1 = f(x) > 0$" with f any function: the first step is refuted by an instance of f, and the conclusion
    // x^2 - 1 > 0, checked directly, holds under the premise every step shares (it was refuted at x = 0).
    [Fact]
    public void A_conclusion_checked_directly_is_read_under_the_condition_all_its_steps_share()
    {
        var chain = Run("% function: f\nFor $x > 1$, $x^2 - 1 = f(x) > 0$.\n").Chains[^1];
        Assert.Equal(StepStatus.Valid, chain.Conclusion!.Status);
    }
    // "unless $d_0 = g_0 = 0$": a chain of equalities after a condition word is one condition, not two claims refuted (d_0 = 1.19) with a
    // conclusion d_0 = 0 shown refuted too.
    [Fact]
    public void Equalities_chained_after_a_condition_word_are_one_condition()
    {
        var report = Run("% symbol: d_0, g_0\nThe iterates grow unless $d_0 = g_0 = 0$.\n");
        Assert.Empty(report.Errors);
        var chain = Assert.Single(report.Chains);
        Assert.All(chain.Steps, s => Assert.Equal(StepStatus.NotChecked, s.Status));
        Assert.Null(chain.Conclusion);
    }
}
