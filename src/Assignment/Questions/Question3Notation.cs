using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// The objects of Question 3 as engine expressions: densities are undefined functions, expectations
/// and divergences are opaque applications whose definitions the verifier unfolds.
/// </summary>
public static class Question3Notation
{
    public static readonly Symbol X = Symbol.Of("x");
    public static readonly Symbol Z = Symbol.Of("z");

    /// <summary>The densities q and p(z | x) as they appear as arguments of D_KL and H.</summary>
    public static Expr QName => Variational;

    public static Expr PosteriorName => Posterior;

    public static Expr Joint => Apply.Of("p", X, Z);

    /// <summary>p(z | x): the bar in the name makes it a conditional density for the printer.</summary>
    public static Expr Posterior => Apply.Of(PosteriorFunction, Z);

    public const string PosteriorFunction = "p|x";
    public static Expr Evidence => Apply.Of("p", X);
    public static Expr Variational => Apply.Of("q", Z);

    public static Expr Expect(Expr integrand) => Apply.Of("E_q", integrand);

    public static Expr KL(Expr first, Expr second) => Apply.Of("D_KL", first, second);

    public static Expr Entropy(Expr density) => Apply.Of("H", density);

    /// <summary>The ELBO of a variational density (named by a symbol) at the data point.</summary>
    public static Expr Elbo(Expr density) => Apply.Of("L", density);

    /// <summary>
    /// Definitions used by the verifier: the product rule p(x, z) = p(z|x) p(x), and the divergence and
    /// entropy as expectations under q.
    /// </summary>
    public static IReadOnlyList<Definition> Definitions =>
    [
        Definition.Of(Joint, Posterior * Evidence),
        Definition.Of(KL(QName, PosteriorName), Expect(Build.Log(Variational)) - Expect(Build.Log(Posterior))),
        Definition.Of(Entropy(QName), -Expect(Build.Log(Variational))),
    ];

    public static IReadOnlySet<string> Densities { get; } = new HashSet<string>(StringComparer.Ordinal) { "p", PosteriorFunction, "q" };

    public static IReadOnlySet<string> RandomSymbols { get; } = new HashSet<string>(StringComparer.Ordinal) { "z" };
}
