using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q1;
using Ift6135.Sym.Assignment.Verification;

namespace Ift6135.Sym.Tests.Assignment;

public class Q1DerivationTests
{
    private static Question Derive(out DerivationLog log)
    {
        log = new DerivationLog();
        return new Q1Derivation(AssignmentParameters.Default, log).Derive();
    }

    [Fact]
    public void AnswersAreTheHandDerivedFields()
    {
        var q = Derive(out _);
        var answers = q.Parts.Select(p => p.Blocks.OfType<Result>().Single().Machine.Canonical).ToArray();
        // Worked by hand in Q1ReceptiveFieldTests; the last case also sees 34 itself.
        Assert.Equal(
        [
            "field: 32 42 43 44 52 53 54 55; autoregressive: true",
            "field: 32 33 42 43 44 45 52 53 54 55; autoregressive: true",
            "field: 32 33 42 43 44 45 52 53 54 55; autoregressive: true",
            "field: 32 33 34 42 43 44 45 52 53 54 55; autoregressive: false",
        ], answers);
    }

    [Fact]
    public void PartsCarryTheStatementPoints()
    {
        var q = Derive(out _);
        Assert.Equal(["q1.1", "q1.2", "q1.3", "q1.4"], q.Parts.Select(p => p.Id));
        Assert.Equal(16, q.Points);
    }

    [Fact]
    public void EveryCaseIsCrossCheckedByRunningTheConvolutions()
    {
        Derive(out var log);
        Assert.Equal(4, log.SanityChecks.Count);
        Assert.All(log.SanityChecks, c => Assert.True(c.Passed));
    }

    [Fact]
    public void EachPartDrawsItsFieldWithTheTargetMarked()
    {
        var q = Derive(out _);
        var grid = (GridFigure)q.Parts[0].Blocks.OfType<Figure>().Single().Data;
        Assert.Equal((3, 4), grid.Marked);
        Assert.Equal(8, grid.Shaded.Count);
        Assert.Equal(4, ((GridPanel)q.Closing.OfType<Figure>().Single().Data).Grids.Count);
    }

    [Fact]
    public void TheLayerFormulaIsOneRelationWhoseWeightsAreNotNamedK()
    {
        // Review item 21: 'k = 3' stood as a second line of the display, and the kernel K_ij clashed with K, a dimension and a sample count.
        var q = Derive(out _);
        var formula = Assert.Single(q.Setup.OfType<Formula>(), f => f.Math is RelationItem);
        var names = Ift6135.Sym.Symbolic.Expressions.Substitution.FreeSymbols(((RelationItem)formula.Math).Relation.Right).Select(s => s.Name).ToHashSet();
        Assert.DoesNotContain("K", names);
        Assert.DoesNotContain(q.Setup.OfType<Formula>(), f => f.Math is ListItem);
    }
}
