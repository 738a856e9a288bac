using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// The objects of Question 4 as engine expressions. p(x, z1), q(z1) (short for q(z1 | x)), q~(z1)
/// and q_K(z1) are undefined functions; w_k = p(x, z_k) / q(z_k) are positive weights and
/// W = sum_{j=1}^K w_j; E_1:K, E_2:K and E_q are expectations over z_1..z_K ~ q, over z_2..z_K ~ q,
/// and over z_1 ~ q. f(t) = -t log t.
/// </summary>
public static class Question4Notation
{
    public static readonly Symbol X = Symbol.Of("x");
    public static readonly Symbol Z1 = Symbol.Indexed("z", Facts.Real, Number.One);
    public static readonly Symbol K = Symbol.Of("K", Facts.Positive | Facts.Integer);
    public static readonly Symbol J = Symbol.Of("j", Facts.Integer), Kk = Symbol.Of("k", Facts.Integer);
    public static readonly Symbol T = Symbol.Positive("t");
    public static readonly Symbol LK = Symbol.Of("L_K");

    public static Symbol Weight(Expr index) => Symbol.Indexed("w", Facts.Positive, index);

    public static Expr Joint1 => Apply.Of("p", X, Z1);
    /// <summary>q(z1 | x): the bar in the name makes it a conditional density for the printer.</summary>
    public static Expr Proposal1 => Apply.Of(ProposalName, Z1);
    public const string ProposalName = "q|x";

    /// <summary>The refined proposal q~(z1 | x, z_{2:K}): a q with a tilde (an accented name), the condition after the bar.</summary>
    public static readonly string RefinedName = AccentNames.Of(Accent.Tilde, "q") + "|x, z_{2:K}";
    public static Expr Refined => Apply.Of(RefinedName, Z1);
    public const string QKName = "q_K|x";
    public static Expr QK => Apply.Of(QKName, Z1);
    public static Expr W1 => Weight(Number.One);

    /// <summary>W = sum_{j=1}^K w_j.</summary>
    public static Expr WeightSum => Build.IndexedSum(Weight(J), J, 1, K);

    public static Expr All(Expr e) => Apply.Of("E_z_{1:K}", e);
    public static Expr Others(Expr e) => Apply.Of("E_z_{2:K}", e);
    public static Expr OverQ(Expr e) => Apply.Of("E_q", e);
    public static Expr Concave(Expr e) => Apply.Of("f", e);
    public static Expr L1(Expr density) => Apply.Of("L_1", density);

    public static IReadOnlyList<Definition> Definitions =>
    [
        Definition.Of(Refined, Joint1 / (WeightSum / K)),
        Definition.Of(W1, Joint1 / Proposal1),
        Definition.Function("f", T, -T * Build.Log(T)),
        Definition.Of(LK, All(Build.Log(WeightSum / K))),
    ];

    public static IReadOnlySet<string> Densities { get; } = new HashSet<string>(StringComparer.Ordinal) { "p", ProposalName, RefinedName, QKName };

    public static IReadOnlySet<string> RandomSymbols { get; } = new HashSet<string>(StringComparer.Ordinal) { "z", "w" };
}
