namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexMathParser
{
    /// <summary>
    /// A known function after its command: optional ^power and _subscript (\log^2 x, \log_2 x), then
    /// its arguments in parentheses, in a brace group, in \{ \} (max, min), or without brackets as a run of factors.
    /// </summary>
    private MathNode ParseFunction(string function, int start)
    {
        MathNode? power = null;
        string? subscript = null;
        for (var round = 0; round < 2; round++)
        {
            if (Peek.IsChar('^') && power is null) { Advance(); power = ParseScript(); }
            else if (Peek.IsChar('_') && subscript is null) subscript = ParseSubscriptRaw();
        }
        if (function == "KL") return Kl(start);
        var primes = function is "log" or "exp" or "sin" or "cos" or "tanh" or "sinh" or "cosh" && power is null ? CountPrimes() : 0;
        if (primes > 0 && !Peek.IsChar('(')) throw ErrorAt(Peek, $"'(' with the argument of \\{function}'");
        List<MathNode> args;
        if (Peek.IsChar('('))
        {
            args = ParseCallArguments(out var bar, "'('", separators: false);
            if (bar is not null) throw source.Error($"arguments of {function} without a conditioning bar", start, LastEnd);
        }
        else if (Peek.IsCommand("{") && function is "max" or "min")
        {
            Advance();
            args = [];
            scopes.Push(Scope.CallArgs);
            try
            {
                args.Add(ParseExpression());
                while (Peek.IsChar(',')) { Advance(); args.Add(ParseExpression()); }
            }
            finally { scopes.Pop(); }
            if (!Peek.IsCommand("}")) throw ErrorAt(Peek, "'\\}' closing the arguments");
            Advance();
        }
        else if (Peek.IsChar('{')) args = [ParseGroup()];
        else if (StartsFactor(Peek)) args = [ParseFactorRun(stopAtFunction: true)];
        else throw ErrorAt(Peek, $"the argument of {function}");
        if (primes > 0 && args.Count != 1) throw source.Error($"one argument for \\{function}' (a prime is the derivative of a function of one variable)", start, LastEnd);
        return new CallNode(function, args, power, subscript, SpanFrom(start), start, LastEnd) { Primes = primes };
    }

    /// <summary>
    /// \frac{a}{b}, or a derivative: \frac{d}{dx} body, \frac{d f}{d x}, \frac{\partial^2 f}{\partial x^2}, the mixed
    /// \frac{\partial^2 f}{\partial x \partial y}, and \frac{\partial V}{\partial d}(d, g) (a function's partial derivative, evaluated).
    /// </summary>
    private MathNode ParseFraction()
    {
        var start = Advance().Start;
        var numerator = ParseScript();
        var denominator = ParseScript();
        // \frac{d}{dx} before an operand is the operator even where d is a declared value: the quotient d/(d x)
        // would be written otherwise; with nothing to differentiate, a declared d's quotient is the only reading.
        var operatorForm = IsBareD(numerator) && StartsFactor(Peek);
        if (DerivativeVariables(denominator, operatorForm) is not { } variables) return new FractionNode(numerator, denominator, SpanFrom(start), start, LastEnd);
        var factors = ImplicitFactors(numerator);
        if (DifferentialOrder(factors[0], operatorForm) is not { } order) return new FractionNode(numerator, denominator, SpanFrom(start), start, LastEnd);
        SameOrder(order, variables, start);
        if (EvaluatedAt(factors, variables, start) is { } evaluated) return evaluated;
        MathNode body;
        if (factors.Count > 1) body = Rejoin(factors.Skip(1).ToList());
        else if (StartsFactor(Peek)) body = ParseFactorRun(stopAtFunction: false);
        else throw ErrorAt(Peek, "the expression to differentiate after the derivative");
        return Differentiated(body, variables, start);
    }

    private void SameOrder(int? order, IReadOnlyList<(NameNode Variable, int Order)> variables, int start)
    {
        var total = variables.Sum(v => v.Order);
        if (order != total) throw source.Error($"the same order above and below the derivative (found {order} and {total})", start, LastEnd);
    }

    /// <summary>\frac{\partial V}{\partial d}(a, b): the numerator's function, evaluated at the arguments that follow; null when none follow.</summary>
    private ApplyNode? EvaluatedAt(List<MathNode> numerator, IReadOnlyList<(NameNode Variable, int Order)> variables, int start) =>
        numerator is [_, NameNode f] && Peek.IsChar('(') && (context.IsFunction(f.Key) || ParenthesesHoldSeparator()) ? EvaluatedPartial(f, variables, start) : null;

    /// <summary>Mixed partials nest: the variable written last is differentiated first, as in ∂/∂x (∂f/∂y).</summary>
    private MathNode Differentiated(MathNode body, IReadOnlyList<(NameNode Variable, int Order)> variables, int start)
    {
        for (var k = variables.Count - 1; k >= 0; k--)
            body = new DerivativeNode(body, variables[k].Variable, variables[k].Order, SpanFrom(start), start, LastEnd);
        return body;
    }

    /// <summary>
    /// \nabla V, or \nabla V(a, b) evaluated, for a V defined with named parameters (V(d, g) := d g, 6's given): the column of its partial
    /// derivatives in those parameters, in their order, so that "\nabla V = (g, d)" compares entry by entry, as a tuple is a column.
    /// 6.2's "\nabla V = (g, d) = 0" was an input error. Without such a definition the variables are unknown: still an input error.
    /// </summary>
    private MathNode ParseGradient(int start)
    {
        Advance();
        if (Peek.Kind is not (LatexTokenKind.Letter or LatexTokenKind.Command)) throw ErrorAt(Peek, "the function after \\nabla, as in \\nabla V");
        var function = ParseName(single: false);
        var written = Printing.LatexNames.Identifier(function.Key);
        if (context.FunctionDefinitionOf(function.Key) is not { Parameters.Count: > 0 } definition)
            throw source.Error($"'\\nabla {written}' cannot be checked: {written} has no definition naming its variables; define it, as "
                + "V(d, g) := d g, or write each partial derivative, as \\frac{\\partial V}{\\partial d}", start, LastEnd);
        IReadOnlyList<MathNode>? args = null;
        if (Peek.IsChar('('))
        {
            args = ParseCallArguments(out var bar, "'('");
            if (bar is not null || args.Count != definition.Parameters.Count)
                throw source.Error($"the {definition.Parameters.Count} arguments of {written} after \\nabla {written}", start, LastEnd);
        }
        var rows = definition.Parameters.Select(p => (IReadOnlyList<MathNode>)[args is null
            ? new DerivativeNode(function, p, 1, SpanFrom(start), start, LastEnd)
            : new ApplyNode(function, args, 0, null, SpanFrom(start), start, LastEnd, [p])]).ToList();
        return new MatrixNode(rows, SpanFrom(start), start, LastEnd);
    }

    /// <summary>
    /// \partial V / \partial d inline, as \frac{\partial V}{\partial d} reads (with \partial^2 f / \partial x^2 and \partial^2 f / \partial x \partial y
    /// likewise, and \partial V / \partial d (a, b) evaluated): a gradient step of 6.1 written this way was an input error ("∂ only inside a
    /// derivative"). The numerator is the term so far (<paramref name="numerator"/>, led by ∂); the slash is next.
    /// </summary>
    private MathNode SlashDerivative(MathNode numerator, int start)
    {
        Advance();
        var marks = new List<MathNode>();
        while (Peek.IsCommand("partial") && !PeekAfter(1).IsChar('_'))
        {
            marks.Add(ParsePostfix());
            if (Peek.Kind is not (LatexTokenKind.Letter or LatexTokenKind.Command)) break;
            // The variable alone (d, not the call d(d_k, g_k) that evaluates the derivative), with its power: \partial x^2.
            var variableStart = Peek.Start;
            MathNode variable = ParseName(single: false);
            if (Peek.IsChar('^')) { Advance(); variable = new PowerNode(variable, ParseScript(), SpanFrom(variableStart), variableStart, LastEnd); }
            marks.Add(variable);
        }
        if (marks.Count == 0 || DerivativeVariables(Rejoin(marks), operatorForm: false) is not { } variables)
            throw source.Error("a variable after each \\partial below the slash, as in \\partial V / \\partial d", start, LastEnd);
        var factors = ImplicitFactors(numerator);
        SameOrder(DifferentialOrder(factors[0], operatorForm: false), variables, start);
        return EvaluatedAt(factors, variables, start) ?? Differentiated(Rejoin(factors.Skip(1).ToList()), variables, start);
    }

    /// <summary>
    /// The numerator of <see cref="SlashDerivative"/> in a term: from its last ∂ (or ∂^n) on, which must be followed by what it differentiates,
    /// and the factors before it (2 in 2 \partial V / \partial d; null when none); null when the term has no such ∂.
    /// </summary>
    private (MathNode? Before, MathNode Numerator)? PartialNumerator(MathNode term)
    {
        var factors = ImplicitFactors(term);
        var mark = factors.FindLastIndex(f => f is NameNode { Base: PartialMark, Subscript: null, Marks: "" }
            or PowerNode { Base: NameNode { Base: PartialMark, Subscript: null, Marks: "" }, Exponent: NumberNode });
        if (mark < 0 || mark == factors.Count - 1) return null;
        return (mark == 0 ? null : Rejoin(factors.Take(mark).ToList()), Rejoin(factors.Skip(mark).ToList()));
    }

    /// <summary>
    /// \partial_d V(d_k, g_k) or \nabla_d V(d_k, g_k), the partial derivative in the variable below, as \frac{\partial V}{\partial d}(d_k, g_k)
    /// reads; without arguments, \partial_x f is \frac{\partial f}{\partial x}. Both were input errors in a gradient step of 6.1.
    /// </summary>
    private MathNode ParseSubscriptedPartial(int start)
    {
        Advance();
        Advance();
        NameNode variable;
        if (Peek.IsChar('{'))
        {
            Advance();
            variable = ParseName(single: false);
            ExpectChar('}', "'}' after the variable of the partial derivative");
        }
        else variable = ParseName(single: true);
        if (!StartsFactor(Peek)) throw ErrorAt(Peek, "the function to differentiate after the partial derivative's variable");
        if (Peek.Kind is LatexTokenKind.Letter or LatexTokenKind.Command && PeekAfter(1).IsChar('('))
            return EvaluatedPartial(ParseName(single: true), [(variable, 1)], start);
        var body = ParseFactorRun(stopAtFunction: false);
        return new DerivativeNode(body, variable, 1, SpanFrom(start), start, LastEnd);
    }

    /// <summary>\frac{\partial V}{\partial d}(a, b): V applied to the arguments, differentiated in its parameters named by the variables.</summary>
    private ApplyNode EvaluatedPartial(NameNode function, IReadOnlyList<(NameNode Variable, int Order)> variables, int start)
    {
        var args = ParseCallArguments(out var bar, "'('");
        if (bar is not null) throw source.Error($"arguments of the derivative of {Printing.LatexNames.Identifier(function.Key)} without a conditioning bar", start, LastEnd);
        var partials = variables.SelectMany(v => Enumerable.Repeat(v.Variable, v.Order)).ToArray();
        return new ApplyNode(function, args, 0, null, SpanFrom(start), start, LastEnd, partials);
    }

    /// <summary>d x, \partial x, d x^2, \partial x \partial y in a denominator: each variable with its order, else null.</summary>
    private IReadOnlyList<(NameNode Variable, int Order)>? DerivativeVariables(MathNode denominator, bool operatorForm)
    {
        var f = ImplicitFactors(denominator);
        if (f.Count % 2 != 0) return null;
        var variables = new List<(NameNode, int)>();
        for (var k = 0; k < f.Count; k += 2)
        {
            if (DifferentialOrder(f[k], operatorForm) != 1) return null;
            (NameNode, int)? variable = f[k + 1] switch
            {
                NameNode v => (v, 1),
                PowerNode { Base: NameNode v, Exponent: NumberNode { Value.IsInteger: true } n } when n.Value.IsPositive => (v, (int)n.Value.Numerator),
                _ => null,
            };
            if (variable is not { } found) return null;
            variables.Add(found);
        }
        return variables;
    }

    /// <summary>The order of a differential mark: d or \partial (1), d^n (n); null for anything else.</summary>
    private int? DifferentialOrder(MathNode node, bool operatorForm) => node switch
    {
        NameNode { Subscript: null, Marks: "" } n when IsDifferentialName(n.Base, operatorForm) => 1,
        PowerNode { Base: NameNode { Subscript: null, Marks: "" } n, Exponent: NumberNode { Value.IsInteger: true } k }
            when IsDifferentialName(n.Base, operatorForm) && k.Value.IsPositive => (int)k.Value.Numerator,
        _ => null,
    };

    /// <summary>A declared value d is a differential only in the operator form \frac{d}{dx} (operatorForm).</summary>
    private bool IsDifferentialName(string name, bool operatorForm) =>
        name == PartialMark || (name == "d" && (operatorForm || !context.IsDeclaredValue("d")));

    /// <summary>A numerator that is d or d^n alone, as in \frac{d}{dx} and \frac{d^2}{dx^2}.</summary>
    private static bool IsBareD(MathNode numerator) => numerator is
        NameNode { Base: "d", Subscript: null, Marks: "" } or
        PowerNode { Base: NameNode { Base: "d", Subscript: null, Marks: "" }, Exponent: NumberNode };

    private static List<MathNode> ImplicitFactors(MathNode node)
    {
        if (node is BinaryNode { Operator: BinaryOperator.ImplicitMultiply } b)
        {
            var list = ImplicitFactors(b.Left);
            list.Add(b.Right);
            return list;
        }
        return [node];
    }

    private MathNode Rejoin(List<MathNode> factors)
    {
        var node = factors[0];
        foreach (var f in factors.Skip(1))
            node = new BinaryNode(BinaryOperator.ImplicitMultiply, node, f, source.SpanOf(node.Start, f.End), node.Start, f.End);
        return node;
    }

    /// <summary>\sqrt{x} and \sqrt[n]{x}.</summary>
    private MathNode ParseRoot()
    {
        var start = Advance().Start;
        MathNode? index = null;
        if (Peek.IsChar('['))
        {
            Advance();
            index = InScope(Scope.Paren, ParseExpression);
            ExpectChar(']', "']' closing the index of the root");
        }
        var radicand = ParseScript();
        return new RootNode(radicand, index, SpanFrom(start), start, LastEnd);
    }

    /// <summary>\sum_{i=1}^{n} body and \prod: the index, its bounds (either may be missing), then the body (a term).</summary>
    private MathNode ParseBigOperator(BigOperatorKind which)
    {
        var start = Advance().Start;
        NameNode? index = null;
        MathNode? lower = null, upper = null;
        for (var round = 0; round < 2; round++)
        {
            if (Peek.IsChar('_') && index is null)
            {
                Advance();
                if (Peek.IsChar('{'))
                {
                    Advance();
                    index = ParseName(single: false);
                    if (Peek.IsChar('=')) { Advance(); lower = InScope(Scope.Group, ParseExpression); }
                    ExpectChar('}', "'=' and a lower bound, or '}', after the index of the sum");
                }
                else index = ParseName(single: true);
            }
            else if (Peek.IsChar('^') && upper is null)
            {
                Advance();
                upper = ParseScript();
            }
        }
        if (index is null) throw source.Error("an index below the sum or product, as in \\sum_{i=1}^{n}", start, LastEnd);
        if (!StartsFactor(Peek) && !Peek.IsChar('-')) throw ErrorAt(Peek, "the body of the sum or product");
        var bodyStart = Peek.Start;
        var body = ParseTerm(stopAtBigOperator: true);
        if (BigOperatorFactorFollows() is not { } op) return new BigOperatorNode(which, index, lower, upper, body, SpanFrom(start), start, LastEnd);
        // A further \sum or \prod factor: part of the body when it uses this index (\sum_i x_i \sum_j A_{ij} y_j), else
        // the next factor after this one (\prod_k a_k \prod_j b_j is the product of two products).
        var bodyEnd = LastEnd;
        if (op != BinaryOperator.ImplicitMultiply) Advance();
        var rest = ParseTerm();
        if (Mentions(rest, index.Key))
        {
            body = new BinaryNode(op, body, rest, SpanFrom(bodyStart), bodyStart, LastEnd);
            return new BigOperatorNode(which, index, lower, upper, body, SpanFrom(start), start, LastEnd);
        }
        var alone = new BigOperatorNode(which, index, lower, upper, body, source.SpanOf(start, bodyEnd), start, bodyEnd);
        return new BinaryNode(op, alone, rest, SpanFrom(start), start, LastEnd);
    }

    /// <summary>Whether a node uses the name key free (an index in a subscript counts; a sum rebinding it hides it).</summary>
    private static bool Mentions(MathNode node, string key) => node switch
    {
        NameNode n => n.Key == key || n.Subscript?.Items?.Any(i => Mentions(i, key)) == true,
        BigOperatorNode b => (b.Lower is { } lo && Mentions(lo, key)) || (b.Upper is { } up && Mentions(up, key))
            || (b.Index.Key != key && Mentions(b.Body, key)),
        _ => MathNodes.Children(node).Any(c => Mentions(c, key)),
    };
}
