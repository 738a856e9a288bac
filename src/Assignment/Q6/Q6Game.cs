using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>How the update map depends on the state, which decides what the matrix A means.</summary>
public enum UpdateShape
{
    /// <summary>x_{k+1} = A x_k exactly (V quadratic with its stationary point at the origin).</summary>
    Linear,
    /// <summary>x_{k+1} - x* = A (x_k - x*) exactly (V quadratic, stationary point elsewhere).</summary>
    Affine,
    /// <summary>A is the Jacobian of the update at the stationary point: it governs the iterates near x* only.</summary>
    Nonlinear,
}

/// <summary>
/// The game of question 6 as engine objects: the value V(d, g) read from the parameters, its partial
/// derivatives, its stationary point, and the one-step update map of each optimizer at (d_k, g_k).
/// d ascends V and g descends it, with a learning rate that is a positive symbol or a positive number.
/// </summary>
public sealed class Q6Game
{
    public Symbol D { get; }
    public Symbol G { get; }

    /// <summary>The learning rate: a positive symbol (alpha) or a positive rational number.</summary>
    public Expr Alpha { get; }
    public Symbol StepIndex { get; } = Symbol.Of("k", Facts.Integer | Facts.Nonnegative);
    public Expr Value { get; }
    public Expr ValueD { get; }
    public Expr ValueG { get; }
    public AssumptionSet Assumptions { get; }

    /// <summary>The point where both partial derivatives vanish (a fixed point of every optimizer).</summary>
    public (Expr D, Expr G) Stationary { get; }

    public UpdateShape Shape { get; }

    /// <summary>The state (d_k, g_k) and the next one (d_{k+1}, g_{k+1}).</summary>
    public Symbol Dk => Symbol.Indexed(D.Name, Facts.Real, StepIndex);
    public Symbol Gk => Symbol.Indexed(G.Name, Facts.Real, StepIndex);
    public Symbol DNext => Symbol.Indexed(D.Name, Facts.Real, StepIndex + 1);
    public Symbol GNext => Symbol.Indexed(G.Name, Facts.Real, StepIndex + 1);

    public Symbol? RateSymbol => Alpha as Symbol;

    /// <summary>How prose names the rate: "alpha", or the number itself.</summary>
    public string RateName => Alpha is Symbol s ? s.Name : Alpha.ToString();

    /// <summary>Reads the game; a value or rate it cannot use throws <see cref="ParameterUnsupportedException"/> naming the parameter.</summary>
    public Q6Game(Q6Parameters p)
    {
        var table = new SymbolTable();
        Alpha = LearningRate.Read(p.LearningRate, table);
        D = table.Get("d");
        G = table.Get("g");
        Value = InfixParser.Parse(p.Value, table);
        var stray = Substitution.FreeSymbols(Value).Where(s => !s.Equals(D) && !s.Equals(G)).ToArray();
        if (stray.Length > 0)
            throw new ParameterUnsupportedException("$.q6.value", $"V(d, g) may only use d and g, not {string.Join(", ", stray.Select(s => s.Name))}");
        ValueD = Differentiation.Diff(Value, D);
        ValueG = Differentiation.Diff(Value, G);
        Assumptions = RateSymbol is { } rate ? AssumptionSet.Of(new Relation(RelationKind.Greater, rate, Number.Zero)) : AssumptionSet.Of();
        Stationary = StationaryPoint.Find(ValueD, ValueG, D, G);
        Shape = ShapeOfUpdate();
    }

    public Expr Vd(Expr d, Expr g) => At(ValueD, d, g);
    public Expr Vg(Expr d, Expr g) => At(ValueG, d, g);

    private Expr At(Expr e, Expr d, Expr g) => Substitution.Substitute(e, new Dictionary<Expr, Expr> { [D] = d, [G] = g });

    /// <summary><paramref name="e"/> at a concrete rate (unchanged when the rate is already a number).</summary>
    public Expr AtRate(Expr e, Expr rate) => RateSymbol is { } s ? Substitution.Substitute(e, s, rate) : e;

    /// <summary>The rate used for exact sample runs: the given number, or 1/10 for a symbolic rate.</summary>
    public Expr SampleRate(Expr whenSymbolic) => RateSymbol is null ? Alpha : whenSymbolic;

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

    /// <summary>The Jacobian of the update in (d_k, g_k), as a function of the state.</summary>
    public Matrix Jacobian(Optimizer optimizer)
    {
        var u = Update(optimizer);
        return Differentiation.Jacobian([u[0, 0], u[1, 0]], [Dk, Gk]);
    }

    /// <summary>
    /// A: the Jacobian of the update at the stationary point. For a quadratic V the Jacobian is constant
    /// and A is the matrix of the (linear or affine) map; otherwise A is its linearization at x*.
    /// </summary>
    public Matrix UpdateMatrix(Optimizer optimizer)
    {
        var j = Jacobian(optimizer);
        var at = new Dictionary<Expr, Expr> { [Dk] = Stationary.D, [Gk] = Stationary.G };
        // Expanded, so that the entries are written in one form (the chain rule leaves a(a + 1) beside 1 - a^2).
        return Matrix.Of(2, 2, (r, c) => Rewrite.Expand(Substitution.Substitute(j[r, c], at)));
    }

    /// <summary>"alpha &gt; 0" or "0 &lt; alpha &lt; 1" (bound 0: none), or the numeric rate: what a comparison holds under.</summary>
    public string RateCondition(int bound) =>
        RateSymbol is null ? $"the learning rate is {RateName}"
        : bound == 0 ? $"{RateName} > 0" : $"0 < {RateName} < {bound}";

    /// <summary>The condition of <see cref="RateCondition(int)"/> as the document prints it: a formula, or the numeric rate.</summary>
    public Inline RateFact(int bound) =>
        RateSymbol is null ? Inline.Of("the learning rate is ", Alpha)
        : bound == 0 ? Inline.Of(new Relation(RelationKind.Greater, Alpha, Number.Zero)) : Inline.Of(new IntervalItem(Alpha, Number.Zero, Number.Of(bound)));

    /// <summary>The condition of <see cref="RateCondition(RateInterval?)"/> as the document prints it.</summary>
    public Inline RateFact(RateInterval? interval) =>
        interval is null || RateSymbol is null ? RateFact(0) : Inline.Of(Stability.Item(Alpha, interval));

    /// <summary>The reason of a step that writes a polynomial in the rate with its lowest power factored out.</summary>
    public Inline LowestPowerFactored => Inline.Of("factor out the lowest power of ", Alpha);

    /// <summary>The game's assumptions narrowed to an interval of rates (a bound already assumed, alpha &gt; 0, is not repeated).</summary>
    public AssumptionSet Within(RateInterval? interval) => interval is null || RateSymbol is null
        ? Assumptions
        : Assumptions.With(interval.Bounds(Alpha).Where(b => !Assumptions.Relations.Contains(b)));

    /// <summary>What a comparison holds under, in words: "alpha > 0" for every rate, or the interval ("0 < alpha < 1").</summary>
    public string RateCondition(RateInterval? interval) =>
        interval is null || RateSymbol is null ? RateCondition(0) : Stability.Item(Alpha, interval).ToString();

    /// <summary>p(alpha) = alpha^m q(alpha) with m the lowest power present, so the sign of a small-alpha expression is visible.</summary>
    public Expr FactorOutLowestRatePower(Expr e)
    {
        if (RateSymbol is not { } rate) return e;
        var poly = Symbolic.Polynomials.UnivariatePolynomial.From(e, rate);
        if (poly is null) return e;
        var m = Enumerable.Range(0, poly.Coefficients.Count).FirstOrDefault(k => !poly.Coefficients[k].IsZero);
        if (m == 0) return e;
        var rest = Symbolic.Construction.Build.Add(Enumerable.Range(m, poly.Coefficients.Count - m)
            .Select(k => Symbolic.Construction.Build.Mul(poly.Coefficients[k], Symbolic.Construction.Build.Pow(rate, Number.Of(k - m)))).ToArray());
        return Symbolic.Construction.Build.Mul(Symbolic.Construction.Build.Pow(rate, Number.Of(m)), rest);
    }

    private UpdateShape ShapeOfUpdate()
    {
        var j = Jacobian(Optimizer.Simultaneous);
        var constant = j.Entries.All(e => !Substitution.FreeSymbols(e).Any(s => s.Equals(Dk) || s.Equals(Gk)));
        if (!constant) return UpdateShape.Nonlinear;
        return Stationary.D.IsZero && Stationary.G.IsZero ? UpdateShape.Linear : UpdateShape.Affine;
    }
}
