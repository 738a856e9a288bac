using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// The comment syntax shared with the document writer (% case:, % define:, definitions by :=, % argued:,
/// % check: off/on, % random:), on small hand-written documents; the expected verdicts are worked out by hand.
/// </summary>
public sealed class CommentDirectiveTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private static StepStatus[] Statuses(CheckReport r) => r.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToArray();

    [Fact]
    public void A_case_holds_for_the_next_environment_only()
    {
        var doc = "% case: x < 0\n\\[ |x| = -x \\]\n\\[ |x| = -x \\]\n";
        var report = Run(doc);
        // |x| = -x holds for x < 0 and fails at any x > 0 once the case is over.
        Assert.Equal([StepStatus.Valid, StepStatus.Invalid], Statuses(report));
        Assert.True(report.Chains[1].Steps[0].Counterexample!.Values["x"] > 0);
    }

    [Fact]
    public void Two_cases_of_one_analysis_each_get_their_assumptions()
    {
        var doc = "% case: x \\ge 0\n\\[ |x| = x \\]\n% case: x < 0\n\\[ |x| = -x \\]\n";
        var report = Run(doc);
        Assert.Equal([StepStatus.Valid, StepStatus.Valid], Statuses(report));
        Assert.Equal(0, report.ExitCode);
    }

    /// <summary>
    /// "% assume: x \ge 0 and y \ge 0" is two assumptions: the "and" was read as a product a·n·d, which dropped y >= 0 without a word,
    /// and |x| + |y| = x + y was refuted at y = -3. By hand it holds for nonnegative x and y, and fails at y = -1 with only x >= 0.
    /// </summary>
    [Theory]
    [InlineData("% assume: x \\ge 0 and y \\ge 0\n", StepStatus.Valid)]
    [InlineData("% case: x \\ge 0 and y \\ge 0\n", StepStatus.Valid)]
    [InlineData("% assume: x \\ge 0\n", StepStatus.Invalid)]
    public void Assumptions_joined_by_and_are_each_assumed(string declaration, StepStatus expected) =>
        Assert.Equal([expected], Statuses(Run(declaration + "\\[ \\sqrt{x^2} + \\sqrt{y^2} = x + y \\]\n")));

    /// <summary>An "and" with nothing after it (a list cut short) was accepted silently: an error at the "and", column 17.</summary>
    [Theory]
    [InlineData("% assume: x > 0 and\n")]
    [InlineData("% assume: x > 0 and, y > 0\n")]
    public void A_dangling_and_is_an_error_at_its_place(string declaration)
    {
        var error = Assert.Single(Run(declaration + "\\[ x = x \\]\n").Errors);
        Assert.Equal((1, 17), (error.Line, error.Column));
        Assert.Contains("after 'and'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_adds_to_the_assumptions_in_force()
    {
        // y > 0 from % assume:, x > 0 from the case: the product is positive; after the case x may be negative.
        var doc = "% assume: y > 0\n% case: x > 0\n\\[ x y > 0 \\]\n\\[ x y > 0 \\]\n";
        Assert.Equal([StepStatus.Valid, StepStatus.Invalid], Statuses(Run(doc)));
    }

    [Theory]
    [InlineData("% assume: alpha > 0")]
    [InlineData(@"% assume: \alpha > 0")]
    public void A_greek_name_written_as_a_word_in_a_comment_is_the_letter(string assumption)
    {
        // α² + α > 0 holds for α > 0 only; read as a·l·p·h·a > 0 the assumption said nothing of α (α = 0 refuted it).
        var doc = assumption + "\n\\[ \\alpha^2 + \\alpha > 0 \\]\n";
        Assert.Equal([StepStatus.Valid], Statuses(Run(doc)));
    }

    [Fact]
    public void Greek_words_are_read_only_whole_and_only_in_comments()
    {
        // "alphabet" is no α; in the formula, "beta" is still b·e·t·a (so b e t a = \beta is refuted).
        var doc = "% function: sigma\n% assume: alphabet > 0\n\\[ \\frac{d}{dz} \\sigma(z) = \\sigma(z)(1 - \\sigma(z)) \\]\n\\[ beta = \\beta \\]\n";
        var report = Run(doc);
        // sigma declared a function: the logistic identity no longer holds for an arbitrary function.
        Assert.Equal([StepStatus.Invalid, StepStatus.Invalid], Statuses(report));
        Assert.Empty(report.Errors);
    }

    [Theory]
    [InlineData(":=")]
    [InlineData(@"\coloneqq")]
    [InlineData(@"\triangleq")]
    [InlineData(@"\stackrel{\text{def}}{=}")]
    public void A_definition_mark_gives_the_verdict_definition_and_is_substituted_later(string mark)
    {
        var doc = $"\\[ h {mark} a + 1 \\]\n\\[ 2h = 2a + 2 \\]\n\\[ h = a \\]\n";
        var report = Run(doc);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
        Assert.Equal(1, report.Summary.Definitions);
        Assert.Equal((1, 1), (report.Summary.Valid, report.Summary.Invalid));
    }

    [Fact]
    public void A_document_of_definitions_and_valid_steps_exits_zero()
    {
        var report = Run("\\[ h := a + 1 \\]\n\\[ h - 1 = a \\]\n");
        Assert.Equal(0, report.ExitCode);
        var text = TextReportFormatter.Format(report);
        Assert.Contains("definition  h := a + 1", text, StringComparison.Ordinal);
        Assert.Contains("1 valid, 0 invalid, 0 unknown, 0 not checked, 1 definition(s), 0 input error(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_relation_of_a_define_environment_is_a_definition()
    {
        var doc = """
            % define:
            \[ M_{A} = \begin{pmatrix} 0 & 1 \\ 1 & 0 \end{pmatrix} \]
            \[ M_{A}^{2} = \begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix} \]
            \[ M_{A} = \begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix} \]
            """;
        var report = Run(doc);
        // The swap matrix squares to the identity; it is not the identity (entry (1,1) is 0, not 1).
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
        Assert.Contains("entry (1, 1)", report.Chains[2].Steps[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Comma_separated_definitions_of_a_define_environment_are_each_read()
    {
        var doc = "% define:\n\\[ u_{1} = a + 1,\\; u_{2} = a - 1 \\]\n\\[ u_{1} u_{2} = a^2 - 1 \\]\n\\[ a = 1, y = 2 \\]\n";
        var report = Run(doc);
        // Outside a define environment a = 1 is checked (a is used before, so it is no first use defining a); what follows
        // the comma is the next of a list of values (ValueListTests), y = 2 the first use of y, a definition.
        Assert.Equal([StepStatus.Definition, StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid, StepStatus.Definition], Statuses(report));
        Assert.Equal((2, 29), (report.Chains[1].Steps[0].Line, report.Chains[1].Steps[0].Column));
    }

    [Fact]
    public void A_define_directive_applies_to_the_next_environment_only()
    {
        var doc = "% define:\n\\[ c = 3 \\]\n\\[ c = 4 \\]\n";
        // The second display is a claim about the defined c: 3 = 4 is false, refuted without a point.
        Assert.Equal([StepStatus.Definition, StepStatus.Invalid], Statuses(Run(doc)));
    }

    [Fact]
    public void A_symbol_declaration_makes_a_vector_or_defined_name_a_scalar_again()
    {
        var doc = "% vector: z 2\n\\[ z^\\top z = z_1^2 + z_2^2 \\]\n\\[ h := 3 \\]\n% symbol: z, h\n\\[ (z + h)^2 = z^2 + 2zh + h^2 \\]\n\\[ h = 3 \\]\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Valid, StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
    }

    [Fact]
    public void A_function_pattern_is_instantiated_with_the_arguments()
    {
        var doc = """
            \[ g(z) := a \max(0, b z + c) \]
            \[ g(1) = a \max(0, b + c) \]
            \[ g(2) = a \max(0, b + c) \]
            """;
        var report = Run(doc);
        var s = Statuses(report);
        Assert.Equal(StepStatus.Definition, s[0]);
        Assert.Equal(StepStatus.Valid, s[1]);
        // g(2) = a max(0, 2b + c): at a = 1, b = 1, c = 0 it is 2, not 1.
        Assert.Equal(StepStatus.Invalid, s[2]);
    }

    [Fact]
    public void A_prime_on_a_defined_function_differentiates_its_body()
    {
        var doc = "\\[ k(z) := z^3 + c z \\]\n\\[ k'(2) = 12 + c \\]\n\\[ k'(z) = 3z^2 \\]\n";
        // k'(z) = 3z^2 + c: right at z = 2, wrong wherever c is not 0.
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid], Statuses(Run(doc)));
    }

    [Fact]
    public void A_pattern_parameter_named_like_a_defined_quantity_is_the_parameter()
    {
        var doc = "\\[ z := 5 \\]\n\\[ g(z) := z^2 \\]\n\\[ g(3) = 9 \\]\n\\[ g(z) = 25 \\]\n";
        Assert.Equal([StepStatus.Definition, StepStatus.Definition, StepStatus.Valid, StepStatus.Valid], Statuses(Run(doc)));
    }

    [Fact]
    public void A_definition_is_read_with_the_facts_known_where_it_is_used()
    {
        // r := sqrt(x^2) is |x|; under a later x >= 0 it is x.
        var doc = "\\[ r := \\sqrt{x^2} \\]\n\\[ r = x \\]\n% assume: x \\ge 0\n\\[ r = x \\]\n";
        Assert.Equal([StepStatus.Definition, StepStatus.Invalid, StepStatus.Valid], Statuses(Run(doc)));
    }

    [Fact]
    public void A_chain_with_a_definition_has_its_conclusion_read_through_it()
    {
        var report = Run("\\begin{align*}\nh &:= (a + 1)^2 \\\\\n  &= a^2 + 2a + 1\n\\end{align*}\n");
        var chain = Assert.Single(report.Chains);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid], chain.Steps.Select(s => s.Status));
        Assert.Equal(("h", "=", "a^2 + 2a + 1", StepStatus.Valid), (chain.Conclusion!.Left, chain.Conclusion.Relation, chain.Conclusion.Right, chain.Conclusion.Status));
    }

    [Fact]
    public void An_argued_step_is_not_checked_and_keeps_its_text()
    {
        var doc = """
            \begin{align*}
            f(b) - f(a) &= f'(c)(b - a) \\ % argued: mean value theorem, for some c in (a, b)
              &= f'(c)(b - a)
            \end{align*}
            """;
        var report = Run("% function: f\n" + doc);
        var chain = Assert.Single(report.Chains);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid], chain.Steps.Select(s => s.Status));
        Assert.Equal("mean value theorem, for some c in (a, b)", chain.Steps[0].Justification);
        Assert.Equal(StepStatus.NotChecked, chain.Conclusion!.Status);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("not checked (argued)", TextReportFormatter.Format(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_argued_mark_the_same_step_is_checked_for_every_c()
    {
        // Free names are universal: for an arbitrary c the mean value step fails (f(t) = t^2: b^2 - a^2 vs 2c(b - a)).
        var report = Run("% function: f\n\\[ f(b) - f(a) = f'(c)(b - a) \\]\n");
        Assert.Equal([StepStatus.Invalid], Statuses(report));
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void A_check_off_region_is_not_read()
    {
        var doc = """
            \[ 2x = x + x \]
            % check: off
            Prose with $a = b$ and a table row $f'(z) + 1 > 0$ \{ broken \\
            % assume: x < 0
            % check: on
            \[ \sqrt{x^2} = x \]
            """;
        var report = Run(doc);
        // Nothing inside is read: no error from the table, no step a = b, and the assumption x < 0 is not in force.
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Valid, StepStatus.Invalid], Statuses(report));
    }

    [Fact]
    public void A_check_off_without_on_runs_to_the_end_of_the_file()
    {
        var report = Run("\\[ 1 + 1 = 2 \\]\n% check: off\n\\[ 1 + 1 = 3 \\]\n");
        Assert.Equal([StepStatus.Valid], Statuses(report));
    }

    [Fact]
    public void The_tex_report_notes_are_not_read_as_directives()
    {
        var doc = "\\[ 1 + 1 = 2 \\] % check: valid (symbolic)\n\\[ 1 + 1 = 3 \\]\n";
        Assert.Equal([StepStatus.Valid, StepStatus.Invalid], Statuses(Run(doc)));
    }

    [Fact]
    public void Expectation_is_linear_in_what_is_not_random()
    {
        var doc = "% random: z\n\\[ E_{q}(a z + b) = a E_{q}(z) + b \\]\n\\[ \\mathbb{E}_{q}[3 a z] = 3a \\, \\mathbb{E}_{q}[z] \\]\n";
        Assert.Equal([StepStatus.Valid, StepStatus.Valid], Statuses(Run(doc)));
    }

    [Fact]
    public void Without_random_variables_symbols_stay_inside_the_expectation()
    {
        var report = Run("\\[ E_{q}(a z + b) = a E_{q}(z) + b \\]\n\\[ E_{q}(2 z + 3) = 2E_{q}(z) + 3 \\]\n");
        Assert.Equal([StepStatus.Unknown, StepStatus.Valid], Statuses(report));
    }

    [Fact]
    public void A_density_named_alone_is_the_argument_of_a_functional()
    {
        // H(q) and KL(q, p): q and p are distributions here, not calls missing their argument.
        var doc = "% function: q, p, H\n\\[ -D_{\\mathrm{KL}}(q, p) - H(q) = -H(q) - D_{\\mathrm{KL}}(q \\| p) \\]\n\\[ H(q) = H(p) \\]\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Valid, StepStatus.Unknown], Statuses(report));
    }

    [Fact]
    public void Json_output_names_the_new_verdicts()
    {
        var report = Run("\\[ h := 2 \\]\n\\begin{align*}\nh + 1 &= 3 \\\\ % argued: arithmetic\n\\end{align*}\n");
        var json = JsonReportFormatter.Format(report);
        Assert.Contains("\"status\": \"Definition\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"NotChecked\"", json, StringComparison.Ordinal);
        Assert.Contains("\"justification\": \"arithmetic\"", json, StringComparison.Ordinal);
        Assert.Contains("\"definitions\": 1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_exits_zero_on_definitions_and_argued_steps()
    {
        var doc = "% define:\n\\[ A = 2 \\]\n\\begin{align*}\nA^2 &= 4 \\\\\n &= 2 + 2 \\\\ % argued: counting\n\\end{align*}\n";
        var output = new StringWriter();
        var code = CheckRun.Run("-", "text", null, new StringReader(doc), output, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("1 valid, 0 invalid, 0 unknown, 1 not checked, 1 definition(s), 0 input error(s)", output.ToString(), StringComparison.Ordinal);
    }
}
