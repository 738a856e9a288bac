namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// The infix parser and the engine behind it never crash and never hang on generated or damaged
/// input. The count is small by default (seconds); scripts/fuzz.sh sets FUZZ_ITERATIONS for a long run.
/// </summary>
public sealed class InfixFuzzTests
{
    [Fact]
    public void Grammar_generated_expressions_end_in_a_value_a_parse_error_or_a_limit()
    {
        var generator = new InfixGrammarGenerator(seed: 61_35);
        var inputs = Enumerable.Range(0, FuzzHarness.Iterations(150)).Select(_ => generator.Next()).ToList();
        FuzzHarness.AssertNoCrashes(inputs, FuzzHarness.InfixPipeline);
    }

    [Fact]
    public void Mutated_corpus_expressions_end_in_a_value_a_parse_error_or_a_limit()
    {
        var generator = new InfixGrammarGenerator(seed: 7);
        var mutator = new TextMutator(seed: 11);
        var corpus = Corpus.Infix.Concat(Enumerable.Range(0, 20).Select(_ => generator.Next())).ToArray();
        var inputs = Enumerable.Range(0, FuzzHarness.Iterations(200)).Select(k => mutator.Mutate(corpus[k % corpus.Length])).ToList();
        FuzzHarness.AssertNoCrashes(inputs, FuzzHarness.InfixPipeline);
    }
}
