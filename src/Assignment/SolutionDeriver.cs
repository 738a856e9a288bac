using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q1;
using Ift6135.Sym.Assignment.Q2;
using Ift6135.Sym.Assignment.Q5;
using Ift6135.Sym.Assignment.Q6;
using Ift6135.Sym.Assignment.Statement;
using Ift6135.Sym.Assignment.Verification;

namespace Ift6135.Sym.Assignment;

/// <summary>
/// Derives the whole solution: each question that has a derivation is derived (every step verified),
/// the others appear as sub-questions marked "not yet derived", never with invented content.
/// </summary>
public static class SolutionDeriver
{
    public static Solution Derive(AssignmentParameters parameters, IStepVerifier verifier)
    {
        var log = new DerivationLog();
        var questions = new List<Question>
        {
            new Q1Derivation(parameters, log).Derive(),
            new Q2Derivation(parameters, verifier, log).Derive(),
            Placeholder(3, parameters),
            Placeholder(4, parameters),
            new Q5Derivation(parameters, verifier, log).Derive(),
            new Q6Derivation(parameters, verifier, log).Derive(),
        };
        return new Solution("IFT6135 Assignment 3: reference solutions", questions, log.Ledger, log.SanityChecks);
    }

    /// <summary>A question whose derivation does not exist yet: restated, marked, and empty.</summary>
    private static Question Placeholder(int number, AssignmentParameters parameters)
    {
        var parts = PartCatalog.Parts.Where(p => p.Id.StartsWith($"q{number}.", StringComparison.Ordinal))
            .Select(p => Part.NotYetDerived(p.Id, p.Title, parameters.PointsOf(p.Id), p.Restatement)).ToArray();
        return new Question(number, PartCatalog.QuestionTitles[number], Inline.Of(PartCatalog.QuestionSummaries[number]), [], parts, []);
    }
}
