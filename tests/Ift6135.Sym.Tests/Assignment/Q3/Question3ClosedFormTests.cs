using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Questions;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Tests.Assignment.Q3;

public class Question3ClosedFormTests
{
    private static readonly Symbol Z = Symbol.Of("z"), M = Symbol.Of("m"), V = Symbol.Positive("v");

    [Theory]
    [InlineData(1.3, 0.7)]
    [InlineData(-0.4, 2.5)]
    public void NormalMomentsMatchHandValues(double m, double v)
    {
        // By hand: E z^3 = m^3 + 3 m v, E z^4 = m^4 + 6 m^2 v + 3 v^2 for z ~ N(m, v).
        var point = new Dictionary<Symbol, double> { [M] = m, [V] = v };
        Assert.Equal(m * m * m + 3 * m * v, Evaluator.EvaluateReal(Question34Gaussian.Moment(3, M, V), point), 12);
        Assert.Equal(Math.Pow(m, 4) + 6 * m * m * v + 3 * v * v, Evaluator.EvaluateReal(Question34Gaussian.Moment(4, M, V), point), 12);
        // E[(z - m)^2] = v, via the polynomial route.
        Assert.Equal(v, Evaluator.EvaluateReal(Question34Gaussian.Expectation((Z - M).Pow(2), Z, M, V), point), 12);
    }

    [Fact]
    public void ExpectationRejectsANonPolynomialIntegrand() =>
        Assert.Throws<ArgumentException>(() => Question34Gaussian.Expectation(Build.Exp(Z), Z, M, V));

    [Fact]
    public void ClosedFormTermsMatchHandComputedValues()
    {
        var model = new Question3ClosedForm();
        // w = 2, b = 1, s = 1, x = 3, m = 0.5, v = 0.25: posterior var s^2/(w^2+s^2) = 1/5, mean w(x-b)/(w^2+s^2) = 4/5.
        var point = new Dictionary<Symbol, double>
        {
            [Question3ClosedForm.W] = 2, [Question3ClosedForm.B] = 1, [Question3ClosedForm.S] = 1,
            [Question3Notation.X] = 3, [Question3ClosedForm.M] = 0.5, [Question3ClosedForm.V] = 0.25,
        };
        Assert.Equal(0.2, Evaluator.EvaluateReal(model.PosteriorVariance, point), 12);
        Assert.Equal(0.8, Evaluator.EvaluateReal(model.PosteriorMean, point), 12);
        // log p(x) = log N(3; 1, 5) = -log(10 pi)/2 - 4/10.
        Assert.Equal(-0.5 * Math.Log(10 * Math.PI) - 0.4, Evaluator.EvaluateReal(model.LogEvidence, point), 12);
        // KL(N(0.5, 0.25) || N(0.8, 0.2)) = (log(0.2/0.25) + (0.25 + 0.09)/0.2 - 1)/2.
        var kl = 0.5 * (Math.Log(0.8) + 0.34 / 0.2 - 1);
        Assert.Equal(kl, Evaluator.EvaluateReal(model.KLTextbook, point), 12);
        // H(N(., 0.25)) = log(2 pi e 0.25)/2.
        Assert.Equal(0.5 * Math.Log(2 * Math.PI * Math.E * 0.25), Evaluator.EvaluateReal(model.EntropyTextbook, point), 12);
        // E_q log p(x, z) = -log(2pi)/2 - (m^2 + v)/2 - log(2 pi)/2 - ((x - b - w m)^2 + w^2 v)/2, by hand.
        var expected = -Math.Log(2 * Math.PI) - (0.25 + 0.25) / 2 - ((3 - 1 - 1.0) * (3 - 1 - 1.0) + 4 * 0.25) / 2;
        var computed = Evaluator.EvaluateReal(Question34Gaussian.Expectation(model.LogJoint, Question3Notation.Z, Question3ClosedForm.M, Question3ClosedForm.V), point);
        Assert.Equal(expected, computed, 10);
    }

    [Fact]
    public void TheClosedFormChainsAreVerifiedByTheEngine()
    {
        var log = new DerivationLog();
        var blocks = new Question3ClosedForm().Derive("q3.1", StepVerifiers.Default, log);
        var chains = blocks.OfType<Chain>().ToArray();
        // Displayed: the divergence, the entropy and the decomposition. The posterior's variance and mean and the
        // factorization are stated in the text; they are verified all the same (a failed step stops Derive): six steps in the ledger.
        Assert.Equal(3, chains.Length);
        Assert.All(chains.SelectMany(c => c.Steps), s => Assert.True(s.Check.IsValid && !s.Justification.IsLogical, s.Check.Detail));
        Assert.Equal(6, log.Ledger.Count);
        Assert.Equal(["q3.post-var.1", "q3.post-mean.1", "q3.factor.1"], log.Ledger.Where(e => e.NotInAChain is not null).Select(e => e.Step));
    }

    [Fact]
    public void AWrongEntropyIsRejected()
    {
        var model = new Question3ClosedForm();
        var wrong = Build.Log(2 * (Expr)Constant.Pi * Question3ClosedForm.V) / 2; // misses the e
        var entropy = -Question34Gaussian.Expectation(model.LogVariational, Question3Notation.Z, Question3ClosedForm.M, Question3ClosedForm.V);
        var check = StepVerifiers.Default.Verify(Relation.Eq(entropy, wrong), Ift6135.Sym.Symbolic.Assumptions.Assumptions.None);
        Assert.Equal(StepOutcome.Invalid, check.Outcome);
    }
}
