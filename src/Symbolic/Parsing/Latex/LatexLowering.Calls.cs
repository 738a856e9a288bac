using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexLowering
{
    private LatexValue Call(CallNode c)
    {
        var result = c.Primes > 0 ? LatexValue.Of(Slope(c)) : CallValue(c);
        if (c.Power is null) return result;
        if (result.Matrix is not null) throw Error(c, "a scalar function under a power");
        return LatexValue.Of(Build.Pow(result.Scalar!, Scalar(c.Power)));
    }

    /// <summary>
    /// D_KL(q(z | x) || p(z | x)) between two densities of the same variables (before any bar: q(z | x) and p(z) too) is its
    /// definition, E_q[log q(z | x) - log p(z | x)]
    /// (the expectation over q(z | x), or over q for a density q(z) without condition, as \mathbb{E}_{q} writes it; z random
    /// there), made linear: a derivation that writes the KL out or back is then decided. Between distributions named alone
    /// (KL(q, p)) that the formula applies nowhere, or densities of other arguments, it stays KL; so does every KL of a context that reads
    /// divergences as written (<see cref="LatexContext.DivergencesAsWritten"/>).
    /// </summary>
    private Expr Divergence(IReadOnlyList<MathNode> nodes, Expr[] args)
    {
        string? Alone(int k) => nodes[k] is NameNode n && !bound.ContainsKey(n.Key) && IsUndefinedDensity(n) ? n.Key : null;
        // A distribution named alone that the formula applies elsewhere (KL(q \| p(z \mid x)) beside q(z \mid x)) is that application.
        args = [.. args.Select((a, k) => Alone(k) is { } key && context.DensityFormOf(key) is { } form && Density(form) is { } applied ? applied : a)];
        return Divergence(OfTheOthersVariables(args, k => args[k] is Expressions.Apply ? null : Alone(k)));
    }

    /// <summary>
    /// A declared function read as a density where a distribution is meant, named alone (KL(q_i^* \| ..), L(\theta, q_i^*; x)) or
    /// applied (H(q(z))): q, or q_i, q^*, q_{\phi^*} of a declared q (their applications q_i^*(z) are functions of that name), never one
    /// the document defines.
    /// </summary>
    private bool IsUndefinedDensity(NameNode n) =>
        (context.IsFunction(n.Key) || ((n.Subscript is not null || n.Marks.Length > 0) && context.IsFunction(n.Base))) && context.FunctionDefinitionOf(n.Key) is null;

    private Expr Divergence(Expr[] args)
    {
        if (!context.DivergencesAsWritten && args is [Expressions.Apply { IsDifferentiated: false } q, Expressions.Apply { IsDifferentiated: false } p]
            && ConditionalDensities.Variables(q).SequenceEqual(ConditionalDensities.Variables(p)) && !Expectations.IsExpectation(q) && !Expectations.IsExpectation(p)
            && q.Name != "KL" && p.Name != "KL")
        {
            var name = Expectations.NameOver(q);
            Over(name, ConditionalDensities.Variables(q));
            return LinearExpectation(name, Build.Sub(Build.Log(q), Build.Log(p)));
        }
        return Expressions.Apply.Of("KL", args);
    }

    /// <summary>
    /// KL(q \| p(z \mid x)): a distribution named alone beside a density is a density of the same variables, q(z) (no condition), and
    /// the divergence is then its definition; two names alone, or two densities, are left as written.
    /// </summary>
    /// <param name="densityName">The function's name for an argument that is a distribution named alone (not a parameter being bound), else null.</param>
    private static Expr[] OfTheOthersVariables(Expr[] args, Func<int, string?> densityName) => args switch
    {
        [not Expressions.Apply, Expressions.Apply { IsDifferentiated: false } p] when densityName(0) is { } q => [Expressions.Apply.Of(q, [.. ConditionalDensities.Variables(p)]), p],
        [Expressions.Apply { IsDifferentiated: false } q, not Expressions.Apply] when densityName(1) is { } p => [q, Expressions.Apply.Of(p, [.. ConditionalDensities.Variables(q)])],
        _ => args,
    };

    /// <summary>
    /// A definition's body with its parameters replaced, where a parameter became a distribution named alone (L(\theta, q_i^*; x) for
    /// L(\theta, q; x) := \mathbb{E}_{q}[\log p(x \mid z)] - KL(q \| p(z))): a KL of it read as if written with it, over q_i^*(z), and an
    /// expectation over the parameter (E_q) over it (E_{q_i^*}), as the student's own KL(q_i^* \| p(z)) and \mathbb{E}_{q_i^*} are.
    /// Read over the parameter, L(\theta, q_i^*; x) - L(\theta, q_{\phi^*}; x) kept two E_q[log p(x | z)] that never met the students'.
    /// </summary>
    /// <param name="densities">The distributions named alone among the arguments: the value put for the parameter, the parameter's name, the function's name.</param>
    private Expr WithNamedDistributions(Expr substituted, IReadOnlyList<(Expr Value, string Parameter, string Function)> densities)
    {
        if (densities.Count == 0) return substituted;
        string? NameOf(Expr e) => densities.FirstOrDefault(d => d.Value.Equals(e)).Function;
        var expectations = densities.ToDictionary(d => "E_" + d.Parameter, d => "E_" + d.Function, StringComparer.Ordinal);
        return substituted.Transform(node => node switch
        {
            Expressions.Apply { Name: "KL", Arguments: [var q, var p] } when NameOf(q) is not null || NameOf(p) is not null =>
                Divergence(OfTheOthersVariables([q, p], k => NameOf(k == 0 ? q : p))),
            Expressions.Apply e when Expectations.IsExpectation(e) && expectations.TryGetValue(e.Name, out var over) => Expressions.Apply.Of(over, e.Arguments[0]),
            _ => node,
        });
    }

    /// <summary>
    /// \tanh'(x), \log''(x): the function of a fresh variable t differentiated as many times as it has primes, then taken at the argument
    /// (an input error before; \sigma'(x) is read by the parser as \sigma(x)(1 - \sigma(x))).
    /// </summary>
    private Expr Slope(CallNode c)
    {
        const string key = "prime·t";
        var t = Symbol.Of(key);
        var at = Scalar(c.Arguments[0]);
        var variable = new NameNode(key, null, "", c.Span, c.Start, c.End);
        var function = WithBound(key, t, () => CallValue(c with { Arguments = [variable], Primes = 0 }).Scalar!);
        return Substitution.Substitute(Differentiate(c, function, t, c.Primes), t, at);
    }

    /// <summary>The arguments of KL: distributions, so a declared function named alone (q, p) is the distribution itself.</summary>
    private LatexValue[] DivergenceArguments(CallNode c) => c.Arguments.Select(a => LatexValue.Of(Argument(a))).ToArray();

    private LatexValue CallValue(CallNode c)
    {
        var args = c.Function == "KL" ? DivergenceArguments(c) : c.Arguments.Select(Value).ToArray();
        switch (c.Function)
        {
            case "abs": return args[0].Matrix is { } m ? LatexValue.Of(DeterminantOf(c, m)) : LatexValue.Of(Build.Abs(args[0].Scalar!));
            case "det": return LatexValue.Of(args[0].Matrix is { } d ? DeterminantOf(c, d) : args[0].Scalar!);
            case "conj": return LatexValue.Of(Conjugate(c, args[0].Scalar ?? throw Error(c, "a number inside the complex conjugate, not a matrix")));
            case "norm": return LatexValue.Of(Norm(c, args[0]));
            case "tr":
                if (args[0].Matrix is not { } t) return args[0];
                if (!t.IsSquare) throw Error(c, $"a square matrix for the trace, found {t.Rows}×{t.Columns}");
                return LatexValue.Of(MatrixOps.Trace(t));
            case "diag":
                // diag(a, b, c) of scalars (or of a single scalar) is the diagonal matrix with them on its diagonal.
                if (args.All(a => a.Scalar is not null)) return LatexValue.Of(Matrix.Diagonal(args.Select(a => a.Scalar!).ToArray()));
                if (args.Length != 1) throw Error(c, "scalars, or one vector or square matrix, inside diag");
                if (args[0].Matrix is { Columns: 1 } v) return LatexValue.Of(Matrix.Diagonal(v.Entries.ToArray()));
                if (args[0].Matrix is { IsSquare: true } sq) return LatexValue.Of(Matrix.Column(Enumerable.Range(0, sq.Rows).Select(k => sq[k, k]).ToArray()));
                throw Error(c, "a vector or a square matrix inside diag");
            case "KL": return LatexValue.Of(Divergence(c.Arguments, ScalarArgs(c, args)));
        }
        var x = ScalarArgs(c, args);
        Expr One(string what) => x.Length == 1 ? x[0] : throw Error(c, $"one argument for {what}, found {x.Length}");
        return LatexValue.Of(c.Function switch
        {
            "log" => c.Subscript is null ? Build.Log(One("log")) : Build.Div(Build.Log(One("log")), Build.Log(SubscriptValue(c))),
            "exp" => Build.Exp(One("exp")),
            "max" => Build.Max(x),
            "min" => Build.Min(x),
            "sigmoid" => Build.Sigmoid(One("the sigmoid")),
            "logit" => Build.Logit(One("the inverse sigmoid")),
            "relu" => Build.Relu(One("ReLU")),
            "sign" => Build.Sign(One("sign")),
            "sin" => Build.Sin(One("sin")),
            "cos" => Build.Cos(One("cos")),
            "tanh" => Build.Tanh(One("tanh")),
            "sinh" => Build.Sinh(One("sinh")),
            "cosh" => Build.Cosh(One("cosh")),
            _ => throw Error(c, $"a function the checker knows; '{c.Function}' is not one"),
        });
    }

    private Expr[] ScalarArgs(CallNode c, LatexValue[] args)
    {
        foreach (var (a, k) in args.Select((a, k) => (a, k)))
            if (a.Matrix is { } m) throw Error(c.Arguments[k], $"a scalar argument for {c.Function}, found a {m.Rows}×{m.Columns} matrix");
        return args.Select(a => a.Scalar!).ToArray();
    }

    private Expr SubscriptValue(CallNode c)
    {
        var src = new LatexSource(c.Subscript!);
        return LowerScalar(LatexMathParser.Parse(src, context), context, src);
    }

    private Expr DeterminantOf(MathNode at, Matrix m)
    {
        if (!m.IsSquare) throw Error(at, $"a square matrix for the determinant, found {m.Rows}×{m.Columns}");
        if (m.Rows > MaxDeterminantSize) throw Error(at, $"a matrix of size at most {MaxDeterminantSize} for the determinant");
        return Determinant.Of(m);
    }

    /// <summary>\|v\| or \|v\|_2: the Euclidean (Frobenius) norm; \|v\|_1 the sum of absolute values; of a scalar, its absolute value.</summary>
    private Expr Norm(CallNode c, LatexValue v)
    {
        if (v.Scalar is { } s) return Build.Abs(s);
        var entries = v.Matrix!.Entries.ToArray();
        return c.Subscript switch
        {
            null or "2" => Build.Sqrt(Build.Add(entries.Select(e => Build.Pow(SignOf.Get(e).IsReal() ? e : Build.Abs(e), Number.Two)).ToArray())),
            "1" => Build.Add(entries.Select(Build.Abs).ToArray()),
            _ => throw Error(c, $"the 1-norm or the 2-norm, found the {c.Subscript}-norm"),
        };
    }

    /// <summary>
    /// \sum_{i=lo}^{hi} body and \prod_{i=lo}^{hi} body: an indexed sum or product (unrolled by the engine
    /// when the bounds are small numbers), whose index is bound: \sum_{k} and \sum_{j} of the same body are equal.
    /// </summary>
    private Expr BigOperator(BigOperatorNode s)
    {
        if (s.Lower is null || s.Upper is null)
            throw Error(s, "both bounds of the sum or product, as in \\sum_{i=1}^{n}");
        var lower = Scalar(s.Lower);
        var upper = Scalar(s.Upper);
        var key = s.Index.Key;
        var index = Symbol.Of(key, Facts.Integer);
        return WithBound(key, index, () =>
        {
            var body = Scalar(s.Body);
            // Unrolled entries (numeric bounds) take the facts a direct reading of their name gives.
            if (s.Which == BigOperatorKind.Sum && SumOfExpectations(body, index, lower, upper) is { } merged) return WithEntryFacts(merged);
            return WithDefinedEntries(WithEntryFacts(s.Which == BigOperatorKind.Sum ? Build.IndexedSum(body, index, lower, upper) : Build.IndexedProduct(body, index, lower, upper)));
        });
    }

    /// <summary><paramref name="read"/> with the name <paramref name="key"/> standing for <paramref name="symbol"/> (a sum's index), as before after it.</summary>
    private T WithBound<T>(string key, Symbol symbol, Func<T> read)
    {
        var previous = bound.GetValueOrDefault(key);
        bound[key] = symbol;
        try { return read(); }
        finally
        {
            if (previous is null) bound.Remove(key);
            else bound[key] = previous;
        }
    }

    /// <summary>
    /// \mathbb{E}_{q}[body] (or E_{q}(body)): one undefined function per distinct distribution, made linear
    /// over sums and number coefficients (E[2a + b] = 2E[a] + E[b], E[3] = 3). With random variables
    /// declared (% random: z) or named by the subscript (\mathbb{E}_{z \sim q}, \mathbb{E}_{q(z \mid x)}), the factors of a
    /// term that depend on none of them come out too (E[a z + b] = a E[z] + b); without, symbols stay inside: the checker
    /// does not know which are random. \mathbb{E}_{z \sim q} and \mathbb{E}_{q(z)} are \mathbb{E}_{q}.
    /// </summary>
    private Expr Expectation(ExpectationNode e)
    {
        var name = e.Subscript.Length == 0 ? "E" : "E_" + e.Subscript;
        var variables = e.Variables?.SelectMany(Entries).ToArray() ?? [];
        // A density of the variables (q(z), q(z | x), z \sim q(z | x)) names the expectation by itself; a distribution of
        // parameters (z \sim \mathcal{N}(0, 1)) keeps its text, the arguments being no variables.
        if (e.Distribution is { Partials: null, Primes: 0 } a && Density(a) is { } density
            && (variables.Length == 0 || variables.SequenceEqual(ConditionalDensities.Variables(density))))
        {
            name = Expectations.NameOver(density);
            variables = [.. ConditionalDensities.Variables(density)];
        }
        Over(name, variables);
        return LinearExpectation(name, Scalar(e.Body));
    }

    /// <summary>
    /// \int_a^b f(z) dz: a linear functional of the body over z, like an expectation (<see cref="LinearExpectation"/>): a sum
    /// splits, factors free of z come out (\int p(x) q(z) dz = p(x) \int q(z) dz), a conditional density is its quotient. It is
    /// never evaluated; one function per variable and bounds (<see cref="Integrals"/>).
    /// </summary>
    private Expr Integral(IntegralNode i)
    {
        var body = Scalar(i.Body);
        if (TermwiseIntegral(i, body) is { } evaluated) return evaluated;
        var name = Integrals.Name(Bound(i.Lower), Bound(i.Upper), i.Variable.Key);
        Over(name, Entries(i.Variable));
        return LinearExpectation(name, body);
    }

    /// <summary>
    /// \int_a^b with both bounds written and finite, term by term: a polynomial in the variable (its coefficients free of it) by its
    /// antiderivative, P(b) - P(a), and c f'(t) for a function f of the variable alone by the fundamental theorem, c (f(b) - f(a)):
    /// "g(z_2) - g(z_1) = \int_{z_1}^{z_2} g'(t) dt" with g(z) = z + f(z) was unknown. Null when a term is neither: the integral then
    /// stays a functional of its body.
    /// </summary>
    private Expr? TermwiseIntegral(IntegralNode i, Expr body)
    {
        if (i is not { Lower: { } lower, Upper: { } upper } || IsInfinite(lower) || IsInfinite(upper)) return null;
        if (Value(i.Variable).Scalar is not Symbol variable || Value(lower).Scalar is not { } a || Value(upper).Scalar is not { } b) return null;
        var parts = new List<Expr>();
        foreach (var term in body is Sum sum ? sum.Terms : [body])
        {
            if (Polynomials.UnivariatePolynomial.From(term, variable)?.DefiniteIntegral(a, b) is { } polynomial) parts.Add(polynomial);
            else if (Antiderivative(term, variable) is { } f) parts.Add(Build.Sub(Substitution.Substitute(f, variable, b), Substitution.Substitute(f, variable, a)));
            else return null;
        }
        return Build.Add(parts);
    }

    /// <summary>c f(t) for the term c f'(t): f applied to the variable alone, differentiated once, times factors free of it; else null.</summary>
    private static Expr? Antiderivative(Expr term, Symbol variable)
    {
        var factors = term is Product p ? p.Factors : [term];
        if (factors.Where(f => f.Contains(variable)).ToList() is not [Expressions.Apply { Arguments: [var argument], DerivativeOrders: [1] } derivative]
            || !argument.Equals(variable)) return null;
        return Build.Mul([.. factors.Where(f => !ReferenceEquals(f, derivative)), Expressions.Apply.Of(derivative.Name, variable)]);
    }

    private static bool IsInfinite(MathNode bound) => MathNodes.SelfAndDescendants(bound).Any(n => n is ConstantNode { Which: ConstantName.Infinity });

    /// <summary>A variable's value as symbols: a scalar, or every entry of a declared vector (dz over z in R^K).</summary>
    private IEnumerable<Expr> Entries(MathNode variable) => Value(variable) is { Matrix: { } m } ? m.Entries : [Value(variable).Scalar!];

    /// <summary>A bound as written, spaces and outer braces dropped: it names the integral (-\infty is no value to lower).</summary>
    private string Bound(MathNode? bound) => bound is null ? "" : Written(bound);

    private string Written(MathNode node)
    {
        var text = string.Concat(source.Text[node.Start..node.End].Where(c => !char.IsWhiteSpace(c)));
        return text.Length >= 2 && text[0] == '{' && text[^1] == '}' ? text[1..^1] : text;
    }

    /// <summary>The density an expectation is over, q(z | x); null when the subscript reads as something else.</summary>
    private Expressions.Apply? Density(ApplyNode a) => Apply(a) as Expressions.Apply;

    /// <summary>Bounds the expansion of a summand when a sum of expectations is merged (<see cref="SumOfExpectations"/>).</summary>
    private const int MaxMergedTerms = 2_000;

    /// <summary>
    /// sum_k c E(g_k), with c free of k, read as c E(sum_k g_k) (the expectation is linear and the sum finite), the
    /// sum in its normal form (<see cref="Rewriting.Rewrite.SplitIndexed"/>) and the expectation made linear again:
    /// sum_k E(K w_k / W) with W = sum_j w_j is K E(W / W) = K. Null unless every term of the body is such a multiple
    /// of one expectation; then the sum is kept as written.
    /// </summary>
    private Expr? SumOfExpectations(Expr body, Symbol index, Expr lower, Expr upper)
    {
        var merged = new List<Expr>();
        foreach (var term in body is Sum sum ? sum.Terms : [body])
        {
            var factors = term is Product p ? p.Factors : [term];
            var expectations = factors.OfType<Expressions.Apply>().Where(Expectations.IsExpectation).ToList();
            if (expectations.Count != 1 || factors.Any(f => !ReferenceEquals(f, expectations[0]) && f.Contains(index))) return null;
            var e = expectations[0];
            var summed = Rewriting.Rewrite.SplitIndexed(Build.IndexedSum(e.Arguments[0], index, lower, upper), MaxMergedTerms);
            merged.Add(Build.Mul([.. factors.Where(f => !ReferenceEquals(f, e)), LinearExpectation(e.Name, summed)]));
        }
        return Build.Add(merged);
    }

    /// <summary>
    /// The expectation made linear, its conditional densities by their definition first (p(z | x) = p(x, z) / p(x),
    /// <see cref="ConditionalDensities"/>): E_q[log p(z | x)] is then E_q[log p(x, z)] - log p(x), the form in which the steps
    /// of a derivation through the product rule agree. Outside expectations the checker splits them where a step needs it.
    /// </summary>
    private Expr LinearExpectation(string name, Expr body) =>
        Expectations.Linear(name, ConditionalDensities.Rewritten(body),
            randomsOver.TryGetValue(name, out var own) ? own.Union(context.Randoms).ToHashSet() : context.Randoms);

    /// <summary>The variables an expectation read in this formula averages over, by its name: z for \mathbb{E}_{z \sim q} and \mathbb{E}_{q(z \mid x)}.</summary>
    private readonly Dictionary<string, HashSet<string>> randomsOver = new(StringComparer.Ordinal);

    /// <summary>Records that the expectation <paramref name="name"/> averages over <paramref name="variables"/> (their symbols, every entry of a vector).</summary>
    private void Over(string name, IEnumerable<Expr> variables)
    {
        if (!randomsOver.TryGetValue(name, out var names)) randomsOver[name] = names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in variables)
            foreach (var s in Substitution.FreeSymbols(v)) names.Add(s.Name);
    }

    private Expr Derivative(DerivativeNode d)
    {
        // Nested derivatives (a mixed partial is parsed as nested nodes, outermost first) are read as one, so that a bare
        // function name under them (\frac{\partial^2 f}{\partial x \partial y}) is f of every variable, not of the innermost alone.
        var nested = new List<DerivativeNode> { d };
        while (nested[^1].Body is DerivativeNode inner) nested.Add(inner);
        if (nested.Select(n => n.Variable).OfType<NameNode>().FirstOrDefault(v => DefinitionKey(v) is not null) is { } defined)
            return ByDefinedName(d, defined);
        var variables = nested.Select(n => Value(n.Variable).Scalar is Symbol x ? x : throw Error(n.Variable, "a variable (a scalar name) to differentiate by")).ToArray();
        var innermost = nested[^1].Body;
        // \frac{df}{dx} with f a declared function is the derivative of f(x); f of several variables takes them in name
        // order, whatever the order of differentiation, so that ∂²f/∂x∂y and ∂²f/∂y∂x are the same f(x, y).
        var body = innermost is NameNode f && context.IsFunction(f.Key)
            ? context.FunctionDefinitionOf(f.Key) is { } definition
                // V defined by a pattern, V(d, g) := d g: the bare V is its body in its own parameters (∂V/∂d = g).
                ? Scalar(new ApplyNode(f, definition.Parameters, 0, null, f.Span, f.Start, f.End))
                : Expressions.Apply.Of(f.Key, variables.Distinct().OrderBy(x => x.Name, StringComparer.Ordinal).ToArray<Expr>())
            : Scalar(innermost);
        for (var k = nested.Count - 1; k >= 0; k--) body = Differentiate(nested[k], body, variables[k], nested[k].Order);
        return body;
    }

    /// <summary>
    /// d/dr of an expression in r, where r := ‖z - z_0‖ is defined: r is the variable there, as a reader takes it, so the
    /// derivative is taken with r a name, and the definition put in afterwards (read through it first, r is no name to
    /// differentiate by).
    /// </summary>
    private Expr ByDefinedName(DerivativeNode d, NameNode defined)
    {
        if (Value(defined).Scalar is not { } value) throw Error(defined, "a variable (a scalar name) to differentiate by");
        var free = WithoutDefinitionOf(defined);
        var derivative = free.Scalar(d);
        return free.Value(defined).Scalar is Symbol variable ? Substitution.Substitute(derivative, variable, value) : derivative;
    }
}
