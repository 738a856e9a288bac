using Ift6135.Sym.Checking;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>The LaTeX parser, its lowering and the document checker never crash or hang on damaged input.</summary>
public sealed class LatexFuzzTests
{
    [Fact]
    public void Mutated_latex_formulas_end_in_a_value_a_parse_error_or_a_limit()
    {
        var mutator = new TextMutator(seed: 2026);
        var inputs = Enumerable.Range(0, FuzzHarness.Iterations(300)).Select(k => mutator.Mutate(Corpus.Latex[k % Corpus.Latex.Length])).ToList();
        FuzzHarness.AssertNoCrashes(inputs, text => LatexLowering.ParseValue(text, LatexContext.Empty));
    }

    [Fact]
    public void Generated_formulas_in_latex_spelling_end_well()
    {
        var generator = new InfixGrammarGenerator(seed: 99);
        var inputs = Enumerable.Range(0, FuzzHarness.Iterations(150)).Select(_ => LatexSpelling.Of(generator.Next())).ToList();
        FuzzHarness.AssertNoCrashes(inputs, text => LatexLowering.ParseValue(text, LatexContext.Empty));
    }

    [Fact]
    public void Mutated_documents_give_a_report_never_an_exception()
    {
        var mutator = new TextMutator(seed: 6135);
        var inputs = Enumerable.Range(0, FuzzHarness.Iterations(60)).Select(k => mutator.Mutate(Corpus.Documents[k % Corpus.Documents.Length])).ToList();
        FuzzHarness.AssertNoCrashes(inputs, text => Checker.CheckText(text, "fuzz.tex"));
    }
}
