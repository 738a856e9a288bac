using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Assignment.Statement;

/// <summary>A sub-question as we restate it, in our own words (never the statement's sentences).</summary>
public sealed record PartInfo(string Id, string Title, Inline Restatement);

/// <summary>Titles and restatements of the questions and sub-questions, shared by the derivations and the placeholders.</summary>
public static class PartCatalog
{
    // The statement's dimension K and matrix S, printed by the engine where a restatement names them.
    private static readonly Symbol K = Symbol.Of("K"), S = Symbol.Of("S");

    public static IReadOnlyDictionary<int, string> QuestionTitles { get; } = new Dictionary<int, string>
    {
        [1] = "Masked convolutions and receptive fields",
        [2] = "Reparameterization and the change of variables",
        [3] = "Amortized variational inference",
        [4] = "The importance-weighted bound as an ELBO",
        [5] = "Invertibility of normalizing flows",
        [6] = "Dynamics of simultaneous gradient play",
    };

    public static IReadOnlyDictionary<int, string> QuestionSummaries { get; } = new Dictionary<int, string>
    {
        [2] = "A random vector is produced by pushing a fixed standard sample through a differentiable bijection that depends on the parameters; its density follows from the change-of-variables formula.",
        [3] = "An encoder shared by all data points (amortized) is compared with one variational distribution fitted per data point.",
        [4] = "The importance-weighted bound with K samples is rewritten as an ordinary evidence lower bound whose proposal is refined by the remaining samples.",
        [5] = "When is a one-dimensional transformation, or the radial flow, a bijection?",
        [6] = "In a zero-sum game the discriminator ascends the value and the generator descends it, both by simultaneous gradient steps; the linear dynamics are analysed through the eigenvalues of the update matrix.",
    };

    public static IReadOnlyList<PartInfo> Parts { get; } =
    [
        new("q2.1", "Diagonal affine map", Inline.Of("With a standard normal base sample and the map that scales each coordinate by a positive factor and shifts it, show through the change-of-variables formula that the result is normal with the shift as mean and the squared factors on the diagonal of the covariance.")),
        new("q2.2", "Cost of the diagonal Jacobian determinant", Inline.Of("How does the cost of the absolute Jacobian determinant of that map grow with the dimension ", K, "?")),
        new("q2.3", "Full affine map", Inline.Of("Replace the scaling by an arbitrary invertible matrix ", S, " with ", K, " rows and columns and derive the density of the result with the same formula.")),
        new("q2.4", "Triangular affine map", Inline.Of("If ", S, " is lower triangular with a positive diagonal, how does the cost of the absolute Jacobian determinant grow with ", K, "?")),
        new("q3.1", "Expected complete-data log-likelihood", Inline.Of("For a fixed variational distribution, show that maximizing the expected log of the joint over the model parameters is the same as maximizing the log-evidence minus the divergence from the true posterior.")),
        new("q3.2", "Amortized versus per-instance gap", Inline.Of("Compare the posterior divergence reached by the best shared encoder with the one reached by the best distribution fitted to each data point separately.")),
        new("q3.3", "Bias, computation and memory", Inline.Of("Compare the two approaches for the bias of the bound on the marginal likelihood, the computational cost, and the memory needed for their parameters.")),
        new("q4.1", "The bound as an expected ELBO", Inline.Of("Show that the importance-weighted bound with ", K, " samples equals the expectation, over the other ", K - 1, " samples, of the single-sample ELBO of the refined unnormalized proposal.")),
        new("q4.2", "The refined proposal is a density and improves the bound", Inline.Of("Show that averaging the refined proposal over the other samples gives a probability density whose ELBO is at least the K-sample bound.")),
        new("q5.1", "A scaled ReLU is not invertible", Inline.Of("Show that an affine function of a ReLU of an affine function of z cannot be inverted.")),
        new("q5.2", "A mixture of sigmoids is increasing", Inline.Of("Show that the logit of a convex combination of sigmoids with positive slopes is strictly increasing on the whole real line.")),
        new("q5.3", "Residual maps with bounded-below slope", Inline.Of("Show that ", Symbol.Of("z") + Apply.Of("f", Symbol.Of("z")), " is invertible when the derivative of f stays above ", Number.Of(-1), ".")),
        new("q5.4", "The radial flow", Inline.Of("For the radial flow, show that the statement's lower bound on ", Symbolic.Expressions.Symbol.Of("beta"),
            " makes the radius recoverable uniquely from the output, and that the direction is then unique too.")),
        new("q6.1", "The update matrix", Inline.Of("Write one step of simultaneous descent for g and ascent for d as a linear map and give its matrix.")),
        new("q6.2", "The stationary point", Inline.Of("Find the point where every partial derivative of the value vanishes.")),
        new("q6.3", "Eigenvalues and long-run behaviour", Inline.Of("Analyse the eigenvalues of the update matrix and predict what the iterates do as the number of steps grows.")),
    ];

    public static PartInfo Part(string id) =>
        Parts.FirstOrDefault(p => p.Id == id) ?? throw new KeyNotFoundException($"No sub-question {id} in the catalog.");
}
