using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;

namespace Ift6135.Sym.Tests.Assignment;

/// <summary>
/// solve answers every sub-question of the statement, in its order and with its points. The point list
/// is copied from the statement's headings (../shared/assignment/statement.md): Question 1 (4-4-4-4),
/// Question 2 (6-3-6-3), Question 3 (5-5-6), Question 4 (8-8), Question 5 (5-5-5-6), Question 6 (4-3-6):
/// twenty sub-questions summing to 100 (the "21" miscounts).
/// </summary>
public class StatementCoverageTests
{
    private static readonly int[][] StatementPoints = [[4, 4, 4, 4], [6, 3, 6, 3], [5, 5, 6], [8, 8], [5, 5, 5, 6], [4, 3, 6]];

    [Fact]
    public void EverySubQuestionOfTheStatementIsDerivedWithItsPoints()
    {
        var expected = StatementPoints.SelectMany((points, q) => points.Select((p, k) => (Id: $"q{q + 1}.{k + 1}", Points: p))).ToArray();
        Assert.Equal(20, expected.Length);
        Assert.Equal(100, expected.Sum(e => e.Points));
        var solution = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default);
        var parts = solution.Questions.SelectMany(q => q.Parts).ToArray();
        Assert.Equal(expected, parts.Select(p => (p.Id, p.Points)).ToArray());
        Assert.All(parts, p =>
        {
            Assert.Equal(PartStatus.Derived, p.Status);
            Assert.Single(p.Blocks.OfType<Result>());
        });
        Assert.Equal(100, solution.TotalPoints);
    }
}
