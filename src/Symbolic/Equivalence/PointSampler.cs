using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// Draws points in the domain the facts and assumptions allow. Values are dyadic rationals
/// (k / 2^j), exact both as doubles and as rationals, so a point can be re-evaluated exactly.
/// The mix of scales: small integers, simple fractions, values near 0, magnitudes up to 10.
/// Relational assumptions are enforced by rejection: <see cref="TryDraw"/> fails when a draw violates one;
/// weights on a simplex (w1 + ... + wN = 1, all positive) are drawn together so that none is rejected.
/// </summary>
internal sealed class PointSampler
{
    private readonly Random random;
    private readonly IReadOnlyList<Constraint> constraints;
    private readonly IReadOnlyList<SimplexGroup> simplexes;

    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>The facts each symbol is drawn with: its own, and integer for a symbol used as an index (x_i, S_{ij}).</summary>
    private readonly Facts[] drawn;

    public PointSampler(IReadOnlyList<Symbol> symbols, IReadOnlyList<Relation> constraints, Random random, IReadOnlyList<SimplexGroup>? simplexes = null,
        IReadOnlySet<Symbol>? indices = null)
    {
        Symbols = symbols;
        drawn = symbols.Select(s => indices?.Contains(s) == true ? (s.Facts | Facts.Integer).Normalize() : s.Facts).ToArray();
        this.simplexes = simplexes ?? [];
        this.random = random;
        this.constraints = constraints.Select(r => new Constraint(r, symbols)).ToList();
    }

    /// <summary>One attempt: the values of <see cref="Symbols"/> (real, imaginary parts), or null if an assumption rejects the draw.</summary>
    public SamplePoint? TryDraw()
    {
        var re = new BigRational[Symbols.Count];
        var im = new BigRational[Symbols.Count];
        for (var i = 0; i < Symbols.Count; i++)
        {
            re[i] = Draw(drawn[i]);
            im[i] = Symbols[i].Facts.HasFlag(Facts.Real) ? BigRational.Zero : Draw(Facts.Real);
        }
        foreach (var group in simplexes)
        {
            var values = group.Draw(random);
            for (var j = 0; j < group.Free.Count; j++) re[IndexOf(group.Free[j])] = values[j];
        }
        var point = new SamplePoint(Symbols, re, im);
        return Admits(point) ? point : null;
    }

    private int IndexOf(Symbol s)
    {
        for (var i = 0; i < Symbols.Count; i++) if (Symbols[i].Equals(s)) return i;
        throw new InvalidOperationException($"The simplex weight {s} is not among the sampled symbols.");
    }

    public bool Admits(SamplePoint point)
    {
        for (var i = 0; i < Symbols.Count; i++)
            if (!Fits(drawn[i], point.Re[i]) || (Symbols[i].Facts.HasFlag(Facts.Real) && !point.Im[i].IsZero)) return false;
        return constraints.All(c => c.Holds(point));
    }

    /// <summary>A point near <paramref name="point"/>: one coordinate moved by about <paramref name="scale"/>, kept dyadic and integral where required.</summary>
    public SamplePoint Perturb(SamplePoint point, double scale)
    {
        var re = point.Re.ToArray();
        var i = random.Next(Symbols.Count);
        var step = ExactDouble.ToRational(Math.Round(scale * (random.NextDouble() * 2 - 1) * 1024) / 1024);
        if (drawn[i].HasFlag(Facts.Integer)) step = new BigRational(step.Floor() + (random.Next(2) == 0 ? 0 : 1));
        re[i] += step;
        return new SamplePoint(Symbols, re, point.Im);
    }

    private BigRational Draw(Facts facts)
    {
        for (var attempt = 0; ; attempt++)
        {
            var magnitude = facts.HasFlag(Facts.Integer) ? new BigRational(random.Next(0, 7)) : Magnitude();
            var sign = facts.HasFlag(Facts.Nonnegative) ? 1 : facts.HasFlag(Facts.Nonpositive) ? -1 : random.Next(2) == 0 ? 1 : -1;
            var value = sign < 0 ? -magnitude : magnitude;
            if (Fits(facts, value) || attempt > 50) return value;
        }
    }

    private BigRational Magnitude() => random.Next(10) switch
    {
        < 3 => new BigRational(random.Next(0, 4)),                                         // 0, 1, 2, 3
        < 6 => new BigRational(random.Next(1, 32), 16),                                    // simple fractions in (0, 2)
        6 => new BigRational(random.Next(1, 16), 4096),                                    // near 0
        _ => new BigRational(random.Next(1, 41), 4),                                       // up to 10
    };

    private static bool Fits(Facts facts, BigRational v) =>
        (!facts.HasFlag(Facts.Integer) || v.IsInteger)
        && (!facts.HasFlag(Facts.Positive) || v.IsPositive)
        && (!facts.HasFlag(Facts.Negative) || v.IsNegative)
        && (!facts.HasFlag(Facts.Nonnegative) || !v.IsNegative)
        && (!facts.HasFlag(Facts.Nonpositive) || !v.IsPositive)
        && (!facts.HasFlag(Facts.Nonzero) || !v.IsZero);

    /// <summary>A relational assumption, checked exactly when it is rational and in doubles otherwise.</summary>
    internal sealed class Constraint
    {
        private readonly Relation relation;
        private readonly Expr difference;
        private readonly CompiledFunction? compiled;

        public Constraint(Relation relation, IReadOnlyList<Symbol> symbols)
        {
            this.relation = relation;
            difference = Build.Sub(relation.Left, relation.Right);
            try { compiled = CompiledFunction.Compile(difference, symbols); }
            catch (NotCompilableException) { compiled = null; }
        }

        public bool Holds(SamplePoint point)
        {
            if (!point.IsReal) return false;
            if (HighPrecision.TryExact(difference, point.Exact) is { } exact) return Satisfies(exact.Sign, relation.Kind);
            if (compiled is null) return false;
            var d = compiled.Evaluate(point.Doubles);
            return double.IsFinite(d) && Satisfies(Math.Sign(d), relation.Kind);
        }

        public static bool Satisfies(int sign, RelationKind kind) => kind switch
        {
            RelationKind.Equal => sign == 0,
            RelationKind.NotEqual => sign != 0,
            RelationKind.Less => sign < 0,
            RelationKind.LessOrEqual => sign <= 0,
            RelationKind.Greater => sign > 0,
            _ => sign >= 0,
        };
    }
}

/// <summary>Values of the sampled symbols; real points also as exact rationals for re-checking.</summary>
internal sealed class SamplePoint
{
    public IReadOnlyList<Symbol> Symbols { get; }
    public BigRational[] Re { get; }
    public BigRational[] Im { get; }
    public bool IsReal { get; }
    public double[] Doubles { get; }
    public System.Numerics.Complex[] Complexes { get; }
    public IReadOnlyDictionary<Symbol, BigRational> Exact { get; }

    public SamplePoint(IReadOnlyList<Symbol> symbols, BigRational[] re, BigRational[] im)
    {
        Symbols = symbols;
        Re = re;
        Im = im;
        IsReal = im.All(x => x.IsZero);
        Doubles = re.Select(x => x.ToDouble()).ToArray();
        Complexes = re.Zip(im, (a, b) => new System.Numerics.Complex(a.ToDouble(), b.ToDouble())).ToArray();
        var exact = new Dictionary<Symbol, BigRational>();
        for (var i = 0; i < symbols.Count; i++) exact[symbols[i]] = re[i];
        Exact = exact;
    }
}
