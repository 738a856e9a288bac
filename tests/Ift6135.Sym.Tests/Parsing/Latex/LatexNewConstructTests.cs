using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Tests.Parsing.Latex;

/// <summary>The constructs the solutions printer emits: sets, \operatorname{\tilde{q}}, E_{q}(..), \stackrel{\text{def}}{=}, conditional bars.</summary>
public sealed class LatexNewConstructTests
{
    private static MathNode Parse(string latex, LatexContext? context = null) => LatexMathParser.Parse(latex, context ?? LatexContext.Empty);

    private static ParsedLine Line(string latex) => LatexMathParser.ParseLine(new LatexSource(latex), LatexContext.Empty);

    [Theory]
    [InlineData(@"\{a, b\}", 2)]
    [InlineData(@"\left\{1 + \alpha i, 1 - \alpha i\right\}", 2)]
    [InlineData(@"\{1, 2, 3\}", 3)]
    public void Braces_with_commas_are_a_finite_set(string latex, int count) =>
        Assert.Equal(count, Assert.IsType<SetNode>(Parse(latex)).Elements.Count);

    [Theory]
    [InlineData(@"\pm 2", BinaryOperator.PlusMinus)]
    [InlineData(@"\mp \sqrt{a}", BinaryOperator.MinusPlus)]
    public void A_leading_plus_minus_is_zero_plus_or_minus_the_term(string latex, BinaryOperator sign)
    {
        var node = Assert.IsType<BinaryNode>(Parse(latex));
        Assert.Equal(sign, node.Operator);
        Assert.True(Assert.IsType<NumberNode>(node.Left).Value.IsZero);
        // Its branches: 2 and -2 for \pm 2.
        var plus = PlusMinusBranches.Take(node, plus: true);
        Assert.Equal(sign == BinaryOperator.PlusMinus ? BinaryOperator.Add : BinaryOperator.Subtract, Assert.IsType<BinaryNode>(plus).Operator);
    }

    [Theory]
    [InlineData(@"q^*_x", @"q_x^*")]
    [InlineData(@"\theta^{*}_{i}", @"\theta_i^*")]
    public void A_mark_before_the_subscript_names_as_after_it(string before, string after) =>
        Assert.Equal(Assert.IsType<NameNode>(Parse(after)).Key, Assert.IsType<NameNode>(Parse(before)).Key);

    [Fact]
    public void Sign_subscripts_are_labels_with_one_key_braced_or_not()
    {
        Assert.Equal(Assert.IsType<NameNode>(Parse(@"\lambda_{\pm}")).Key, Assert.IsType<NameNode>(Parse(@"\lambda_\pm")).Key);
        Assert.Equal(Assert.IsType<NameNode>(Parse(@"\lambda_{+}")).Key, Assert.IsType<NameNode>(Parse(@"\lambda_+")).Key);
        Assert.NotEqual(Assert.IsType<NameNode>(Parse(@"\lambda_+")).Key, Assert.IsType<NameNode>(Parse(@"\lambda_-")).Key);
    }

    [Fact]
    public void Braces_around_one_expression_stay_a_grouping() => Assert.IsType<BinaryNode>(Parse(@"\{ x + 1 \}"));

    [Fact]
    public void An_operator_name_holding_a_decorated_name_is_that_name()
    {
        var context = LatexContext.Empty.WithFunction("tilde(q)");
        var call = Assert.IsType<ApplyNode>(Parse(@"\operatorname{\tilde{q}}(z_{1})", context));
        Assert.Equal("tilde(q)", call.Function.Key);
        Assert.True(Parse(@"\tilde{q}(z_{1})", context) is ApplyNode { Function.Key: "tilde(q)" });
    }

    [Fact]
    public void An_operator_name_before_parentheses_is_applied_even_undeclared() =>
        Assert.Equal("tilde(q)", Assert.IsType<ApplyNode>(Parse(@"\operatorname{\tilde{q}}(z - 1)")).Function.Key);

    [Theory]
    [InlineData(@"E_{q}(\log p(x, z))", "q")]
    [InlineData(@"E_{\mathrm{1:K}}\left(w_{1}\right)", @"\mathrm{1:K}")]
    [InlineData(@"\mathbb{E}_{q}[z]", "q")]
    public void E_with_a_subscript_before_a_bracket_is_an_expectation(string latex, string subscript) =>
        Assert.Equal(subscript, Assert.IsType<ExpectationNode>(Parse(latex)).Subscript);

    [Fact]
    public void E_declared_a_symbol_is_not_an_expectation() =>
        Assert.IsNotType<ExpectationNode>(Parse(@"E_{q}(x + 1)", LatexContext.Empty.WithSymbol("E")));

    [Theory]
    [InlineData(@"h \stackrel{\text{def}}{=} 2", LatexRelation.Defines)]
    [InlineData(@"h \overset{\mathrm{def}}{=} 2", LatexRelation.Defines)]
    [InlineData(@"h \coloneqq 2", LatexRelation.Defines)]
    [InlineData(@"h \triangleq 2", LatexRelation.Defines)]
    [InlineData(@"h := 2", LatexRelation.Defines)]
    [InlineData(@"h \stackrel{(a)}{=} 2", LatexRelation.Equal)]
    [InlineData(@"h \stackrel{(b)}{\le} 2", LatexRelation.LessOrEqual)]
    public void Stacked_and_definition_relations(string latex, LatexRelation relation) =>
        Assert.Equal(relation, Assert.Single(Line(latex).Relations).Relation);

    [Fact]
    public void A_note_over_a_relation_is_kept_as_a_justification() =>
        Assert.Equal(["(a)"], Line(@"h \stackrel{(a)}{=} 2").Texts);

    [Theory]
    [InlineData(@"p(z \mid x)")]
    [InlineData(@"p(z | x)")]
    public void A_conditional_bar_splits_the_arguments(string latex)
    {
        var call = Assert.IsType<ApplyNode>(Parse(latex, LatexContext.Empty.WithFunction("p")));
        Assert.Equal((2, 1), (call.Arguments.Count, call.Bar!.Value));
    }

    [Fact]
    public void Kl_reads_both_separators()
    {
        var a = Assert.IsType<CallNode>(Parse(@"D_{\mathrm{KL}}(q \| p)"));
        var b = Assert.IsType<CallNode>(Parse(@"D_{\mathrm{KL}}(q, p)"));
        Assert.Equal(("KL", 2), (a.Function, a.Arguments.Count));
        Assert.Equal(("KL", 2), (b.Function, b.Arguments.Count));
    }
}
