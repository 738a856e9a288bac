using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>
/// The game of question 6 as engine objects: the value V(d, g) read from the parameters, its partial
/// derivatives, and the one-step update map of each optimizer at the state (d_k, g_k).
/// d ascends V and g descends it, both with the learning rate alpha &gt; 0.
/// </summary>
public sealed class Q6Game
{
    public Symbol D { get; }
    public Symbol G { get; }
    public Symbol Alpha { get; }
    public Symbol StepIndex { get; } = Symbol.Of("k", Facts.Integer | Facts.Nonnegative);
    public Expr Value { get; }
    public Expr ValueD { get; }
    public Expr ValueG { get; }
    public AssumptionSet Assumptions { get; }

    /// <summary>The state (d_k, g_k) and the next one (d_{k+1}, g_{k+1}).</summary>
    public Symbol Dk => Symbol.Indexed(D.Name, Facts.Real, StepIndex);
    public Symbol Gk => Symbol.Indexed(G.Name, Facts.Real, StepIndex);
    public Symbol DNext => Symbol.Indexed(D.Name, Facts.Real, StepIndex + 1);
    public Symbol GNext => Symbol.Indexed(G.Name, Facts.Real, StepIndex + 1);

    public Q6Game(Q6Parameters p)
    {
        var table = new SymbolTable();
        Alpha = table.Declare(p.LearningRate, Facts.Positive);
        D = table.Get("d");
        G = table.Get("g");
        Value = InfixParser.Parse(p.Value, table);
        var stray = Substitution.FreeSymbols(Value).Where(s => !s.Equals(D) && !s.Equals(G)).ToArray();
        if (stray.Length > 0)
            throw new ArgumentException($"V(d, g) may only use d and g, not {string.Join(", ", stray.Select(s => s.Name))}");
        ValueD = Differentiation.Diff(Value, D);
        ValueG = Differentiation.Diff(Value, G);
        Assumptions = AssumptionSet.Of(new Relation(RelationKind.Greater, Alpha, Number.Zero));
    }

    public Expr Vd(Expr d, Expr g) => At(ValueD, d, g);
    public Expr Vg(Expr d, Expr g) => At(ValueG, d, g);

    private Expr At(Expr e, Expr d, Expr g) => Substitution.Substitute(e, new Dictionary<Expr, Expr> { [D] = d, [G] = g });

    /// <summary>One step of <paramref name="optimizer"/> from (d, g): ascent in d, descent in g.</summary>
    public (Expr D, Expr G) Step(Optimizer optimizer, Expr d, Expr g)
    {
        switch (optimizer)
        {
            case Optimizer.Simultaneous:
                return (d + Alpha * Vd(d, g), g - Alpha * Vg(d, g));
            case Optimizer.Alternating:
                // d moves first; g then responds to the new d.
                var dNew = d + Alpha * Vd(d, g);
                return (dNew, g - Alpha * Vg(dNew, g));
            default:
                // Extragradient: a look-ahead step, then the step from the start with the look-ahead gradients.
                var (dLook, gLook) = Step(Optimizer.Simultaneous, d, g);
                return (d + Alpha * Vd(dLook, gLook), g - Alpha * Vg(dLook, gLook));
        }
    }

    /// <summary>The update as a column (d_{k+1}, g_{k+1}) in terms of (d_k, g_k).</summary>
    public Matrix Update(Optimizer optimizer)
    {
        var (d, g) = Step(optimizer, Dk, Gk);
        return Matrix.Column(d, g);
    }

    /// <summary>The matrix of the update: its Jacobian in (d_k, g_k) (the map itself when it is linear).</summary>
    public Matrix UpdateMatrix(Optimizer optimizer)
    {
        var u = Update(optimizer);
        return Differentiation.Jacobian([u[0, 0], u[1, 0]], [Dk, Gk]);
    }
}
