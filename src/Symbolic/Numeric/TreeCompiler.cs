using System.Linq.Expressions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using LE = System.Linq.Expressions.Expression;
using LP = System.Linq.Expressions.ParameterExpression;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// Turns an expression into a System.Linq.Expressions body. Every subtree that occurs twice or more
/// is computed once into a local (common subexpressions); sums over an index become loops, with
/// their own scope of locals so that nothing depending on the index is hoisted out of the loop.
/// The subclasses decide the number type (double or Complex) and the operations.
/// </summary>
internal abstract class TreeCompiler<T>
{
    /// <summary>Sums with numeric bounds whose body reads an indexed symbol mu_k are unrolled up to this many terms.</summary>
    private const int MaxUnrolledTerms = 10_000;

    private readonly Expr root;
    private readonly Dictionary<Symbol, int> parameterIndex = [];
    private readonly Dictionary<Expr, int> occurrences = [];
    protected readonly LP Values = LE.Parameter(typeof(T[]), "values");

    protected TreeCompiler(Expr root, IReadOnlyList<Symbol> parameters)
    {
        this.root = root;
        for (var i = 0; i < parameters.Count; i++) parameterIndex[parameters[i]] = i;
        Count(root);
    }

    /// <summary>The expression as a lambda over the array of parameter values.</summary>
    public Expression<Func<T[], T>> Lambda()
    {
        var scope = new Scope(null);
        var value = Emit(root, scope);
        return LE.Lambda<Func<T[], T>>(scope.Close(value), Values);
    }

    /// <summary>Interpreted at first, compiled to IL once called often.</summary>
    public TieredDelegate<T> Compile()
    {
        var lambda = Lambda();
        return new TieredDelegate<T>(lambda.Compile(preferInterpretation: true), () => lambda.Compile());
    }

    private void Count(Expr e)
    {
        occurrences[e] = occurrences.GetValueOrDefault(e) + 1;
        if (occurrences[e] > 1) return;            // its children were counted the first time
        foreach (var a in e.Args) Count(a);
    }

    protected LE Emit(Expr e, Scope scope)
    {
        if (scope.Lookup(e) is { } cached) return cached;
        var body = EmitNode(e, scope);
        if (e.Args.Count == 0 || occurrences.GetValueOrDefault(e) < 2) return body;
        return scope.Remember(e, body);
    }

    private LE EmitNode(Expr e, Scope scope) => e switch
    {
        Number n => Constant(n.Value),
        Constant c => Constant(c.Which),
        Symbol s => EmitSymbol(s, scope),
        Sum s => s.Terms.Select(t => Emit(t, scope)).Aggregate(Add),
        Product p => p.Factors.Select(f => Emit(f, scope)).Aggregate(Multiply),
        Power p => EmitPower(p, scope),
        Function f => Call(f.Which, f.Arguments.Select(a => Emit(a, scope)).ToArray()),
        IndexedSum s => EmitIndexedSum(s, scope),
        Apply a => throw NotCompilableException.UndefinedFunction(a),
        _ => throw new NotCompilableException($"Cannot compile {e.Kind} nodes: {e}"),
    };

    private LE EmitSymbol(Symbol s, Scope scope)
    {
        if (scope.Bound(s) is { } index) return index;
        if (parameterIndex.TryGetValue(s, out var i)) return LE.ArrayIndex(Values, LE.Constant(i));
        throw new NotCompilableException($"The symbol {s} is not among the parameters of the compiled function.");
    }

    private LE EmitPower(Power p, Scope scope)
    {
        var b = Emit(p.Base, scope);
        if (p.Base is Constant { Which: ConstantKind.E }) return Exp(Emit(p.Exponent, scope));
        if (p.Exponent is Number { Value: var n }) return PowNumber(b, n);
        return Pow(b, Emit(p.Exponent, scope));
    }

    private LE EmitIndexedSum(IndexedSum s, Scope scope)
    {
        var readsIndexedSymbol = s.Body.Descendants().OfType<Symbol>().Any(x => x.IsIndexed && x.Indices.Any(i => i.Contains(s.Index)));
        if (s.Lower is Number { Value.IsInteger: true } lo && s.Upper is Number { Value.IsInteger: true } hi
            && hi.Value.Numerator - lo.Value.Numerator < MaxUnrolledTerms && readsIndexedSymbol)
            return Emit(Unroll(s, lo.Value, hi.Value), scope);
        if (readsIndexedSymbol)
            throw new NotCompilableException($"The sum {s} reads indexed symbols with a symbolic range; give numeric bounds to evaluate it.");
        return Loop(s, Emit(s.Lower, scope), Emit(s.Upper, scope), scope);
    }

    private static Expr Unroll(IndexedSum s, BigRational lo, BigRational hi)
    {
        var terms = new List<Expr>();
        for (var k = lo; k <= hi; k += BigRational.One) terms.Add(Substitution.Substitute(s.Body, s.Index, Number.Of(k)));
        return Construction.Build.Add(terms);
    }

    /// <summary>acc = 0; for k = ceil(lo) .. floor(hi): acc += body(k). NaN if the range is not finite or too long.</summary>
    private LE Loop(IndexedSum s, LE lower, LE upper, Scope scope)
    {
        var k = LE.Variable(typeof(double), "k");
        var last = LE.Variable(typeof(double), "last");
        var acc = LE.Variable(typeof(T), "acc");
        var inner = new Scope(scope);
        inner.Bind(s.Index, FromReal(k));
        var bodyValue = Emit(s.Body, inner);
        var exit = LE.Label("exit");
        var loop = LE.Loop(
            LE.IfThenElse(
                LE.GreaterThan(k, last),
                LE.Break(exit),
                LE.Block(inner.Close(LE.Assign(acc, Add(acc, bodyValue))), LE.PreIncrementAssign(k))),
            exit);
        var first = LE.Call(typeof(Math).GetMethod(nameof(Math.Ceiling), [typeof(double)])!, RealPart(lower));
        var end = LE.Call(typeof(Math).GetMethod(nameof(Math.Floor), [typeof(double)])!, RealPart(upper));
        var result = LE.Block([k, last, acc],
            LE.Assign(k, first),
            LE.Assign(last, end),
            LE.Assign(acc, Constant(BigRational.Zero)),
            LE.IfThenElse(
                LE.Call(typeof(RealOps).GetMethod(nameof(RealOps.IsSummableRange))!, k, last),
                loop,
                LE.Assign(acc, Constant(ConstantKind.Undefined))),
            acc);
        return result;
    }

    protected abstract LE Constant(BigRational value);
    protected abstract LE Constant(ConstantKind which);
    protected abstract LE Add(LE a, LE b);
    protected abstract LE Multiply(LE a, LE b);
    protected abstract LE Exp(LE x);
    protected abstract LE PowNumber(LE b, BigRational n);
    protected abstract LE Pow(LE b, LE e);
    protected abstract LE Call(FunctionKind f, LE[] args);
    protected abstract LE FromReal(LE realValue);
    protected abstract LE RealPart(LE value);

    /// <summary>Computes <paramref name="body"/> into a fresh local and returns the local.</summary>
    protected static LE Let(LE body, Func<LE, LE> use)
    {
        var t = LE.Variable(body.Type);
        return LE.Block([t], LE.Assign(t, body), use(t));
    }

    /// <summary>Locals and statements of one block: the whole function, or one loop body.</summary>
    protected sealed class Scope(Scope? parent)
    {
        private readonly Dictionary<Expr, LP> cache = [];
        private readonly Dictionary<Symbol, LE> bound = [];
        private readonly List<LP> locals = [];
        private readonly List<LE> statements = [];

        public LE? Lookup(Expr e) => cache.TryGetValue(e, out var v) ? v : parent?.Lookup(e);
        public LE? Bound(Symbol s) => bound.TryGetValue(s, out var v) ? v : parent?.Bound(s);
        public void Bind(Symbol s, LE value) => bound[s] = value;

        public LE Remember(Expr e, LE body)
        {
            var v = LE.Variable(body.Type);
            locals.Add(v);
            statements.Add(LE.Assign(v, body));
            cache[e] = v;
            return v;
        }

        /// <summary>The block: every remembered local assigned in order, then <paramref name="value"/>.</summary>
        public LE Close(LE value) => statements.Count == 0 ? value : LE.Block(locals, [.. statements, value]);
    }
}
