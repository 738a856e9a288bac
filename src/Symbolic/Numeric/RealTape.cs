using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// An expression flattened into a postfix program over doubles, run by a small stack machine.
/// Building it is one walk of the tree (microseconds), where building and compiling a
/// System.Linq.Expressions lambda costs about half a millisecond: an equivalence check evaluates
/// each side a few dozen times, so the build dominates. It performs exactly the operations of
/// <see cref="RealTreeCompiler"/>, in the same order (sums and products left to right, the same
/// special powers, the same <see cref="RealOps"/> and Math calls), so the values are the same.
/// A subtree that occurs twice or more is computed once into a slot, as the tree compiler does.
/// Sums over an index are not flattened: <see cref="TryBuild"/> returns null for them.
/// </summary>
internal sealed class RealTape
{
    private enum Op : byte
    {
        Constant, Parameter, LoadSlot, StoreSlot, Add, Multiply, Square, Reciprocal, Sqrt, ReciprocalSqrt,
        PowInteger, PowConstant, Pow, Exp, Log, Abs, Sign, Heaviside, Sigmoid, Logit, Sin, Cos, Atan2, Max, Min,
    }

    private readonly record struct Instruction(Op Op, int Index, double Value);

    private readonly Instruction[] program;
    private readonly int depth;
    private readonly int slots;

    private RealTape(Instruction[] program, int depth, int slots)
    {
        this.program = program;
        this.depth = depth;
        this.slots = slots;
    }

    /// <summary>
    /// The tape of <paramref name="root"/>, or null when it holds a sum over an index. Throws
    /// <see cref="NotCompilableException"/> where the tree compiler does (an undefined function, a symbol not in <paramref name="parameters"/>).
    /// </summary>
    public static RealTape? TryBuild(Expr root, IReadOnlyList<Symbol> parameters)
    {
        if (root.Descendants().Any(d => d is IndexedSum)) return null;
        return new Builder(root, parameters).Build();
    }

    public double Evaluate(double[] values)
    {
        Span<double> stack = depth <= 64 ? stackalloc double[depth] : new double[depth];
        Span<double> saved = slots <= 64 ? stackalloc double[slots] : new double[slots];
        var top = -1;
        foreach (var i in program)
        {
            switch (i.Op)
            {
                case Op.Constant: stack[++top] = i.Value; break;
                case Op.Parameter: stack[++top] = values[i.Index]; break;
                case Op.LoadSlot: stack[++top] = saved[i.Index]; break;
                case Op.StoreSlot: saved[i.Index] = stack[top]; break;
                case Op.Add: top--; stack[top] = stack[top] + stack[top + 1]; break;
                case Op.Multiply: top--; stack[top] = stack[top] * stack[top + 1]; break;
                case Op.Square: stack[top] = stack[top] * stack[top]; break;
                case Op.Reciprocal: stack[top] = 1.0 / stack[top]; break;
                case Op.Sqrt: stack[top] = Math.Sqrt(stack[top]); break;
                case Op.ReciprocalSqrt: stack[top] = 1.0 / Math.Sqrt(stack[top]); break;
                case Op.PowInteger: stack[top] = RealOps.PowInteger(stack[top], i.Value); break;
                case Op.PowConstant: stack[top] = RealOps.Pow(stack[top], i.Value); break;
                case Op.Pow: top--; stack[top] = RealOps.Pow(stack[top], stack[top + 1]); break;
                case Op.Exp: stack[top] = Math.Exp(stack[top]); break;
                case Op.Log: stack[top] = Math.Log(stack[top]); break;
                case Op.Abs: stack[top] = Math.Abs(stack[top]); break;
                case Op.Sign: stack[top] = RealOps.Sign(stack[top]); break;
                case Op.Heaviside: stack[top] = RealOps.Heaviside(stack[top]); break;
                case Op.Sigmoid: stack[top] = RealOps.Sigmoid(stack[top]); break;
                case Op.Logit: stack[top] = RealOps.Logit(stack[top]); break;
                case Op.Sin: stack[top] = Math.Sin(stack[top]); break;
                case Op.Cos: stack[top] = Math.Cos(stack[top]); break;
                case Op.Atan2: top--; stack[top] = Math.Atan2(stack[top], stack[top + 1]); break;
                case Op.Max: top--; stack[top] = RealOps.Max(stack[top], stack[top + 1]); break;
                case Op.Min: top--; stack[top] = RealOps.Min(stack[top], stack[top + 1]); break;
            }
        }
        return stack[0];
    }

    /// <summary>One walk of the tree, emitting postfix code; repeated subtrees go through slots.</summary>
    private sealed class Builder
    {
        private readonly Expr root;
        private readonly Dictionary<Symbol, int> parameterIndex = [];
        private readonly Dictionary<Expr, int> occurrences = [];
        private readonly Dictionary<Expr, int> slotOf = [];
        private readonly List<Instruction> program = [];
        private int height, depth;

        public Builder(Expr root, IReadOnlyList<Symbol> parameters)
        {
            this.root = root;
            for (var i = 0; i < parameters.Count; i++) parameterIndex[parameters[i]] = i;
            Count(root);
        }

        public RealTape Build()
        {
            Emit(root);
            return new RealTape([.. program], Math.Max(depth, 1), slotOf.Count);
        }

        private void Count(Expr e)
        {
            occurrences[e] = occurrences.GetValueOrDefault(e) + 1;
            if (occurrences[e] > 1) return;            // its children were counted the first time
            foreach (var a in e.Args) Count(a);
        }

        private void Emit(Expr e)
        {
            if (slotOf.TryGetValue(e, out var slot)) { Push(Op.LoadSlot, slot); return; }
            EmitNode(e);
            if (e.Args.Count == 0 || occurrences.GetValueOrDefault(e) < 2) return;
            slot = slotOf.Count;
            slotOf[e] = slot;
            program.Add(new Instruction(Op.StoreSlot, slot, 0));
        }

        private void EmitNode(Expr e)
        {
            switch (e)
            {
                case Number n: Push(Op.Constant, 0, n.Value.ToDouble()); break;
                case Constant c: Push(Op.Constant, 0, c.Which switch { ConstantKind.E => Math.E, ConstantKind.Pi => Math.PI, _ => double.NaN }); break;
                case Symbol s when parameterIndex.TryGetValue(s, out var i): Push(Op.Parameter, i); break;
                case Symbol s: throw new NotCompilableException($"The symbol {s} is not among the parameters of the compiled function.");
                case Sum s: Fold(s.Terms, Op.Add); break;
                case Product p: Fold(p.Factors, Op.Multiply); break;
                case Power p: EmitPower(p); break;
                case Function f: EmitCall(f); break;
                case Apply a: throw NotCompilableException.UndefinedFunction(a);
                default: throw new NotCompilableException($"Cannot compile {e.Kind} nodes: {e}");
            }
        }

        /// <summary>((a0 op a1) op a2) ...: the order of the tree compiler's Aggregate.</summary>
        private void Fold(IReadOnlyList<Expr> operands, Op op)
        {
            Emit(operands[0]);
            for (var k = 1; k < operands.Count; k++) { Emit(operands[k]); Apply(op); }
        }

        private void EmitPower(Power p)
        {
            if (p.Base is Constant { Which: ConstantKind.E }) { Emit(p.Exponent); Apply(Op.Exp); return; }
            Emit(p.Base);
            if (p.Exponent is not Number { Value: var n }) { Emit(p.Exponent); Apply(Op.Pow); return; }
            if (n == 2) Apply(Op.Square);
            else if (n.IsMinusOne) Apply(Op.Reciprocal);
            else if (n == BigRational.Half) Apply(Op.Sqrt);
            else if (n == -BigRational.Half) Apply(Op.ReciprocalSqrt);
            else program.Add(new Instruction(n.IsInteger ? Op.PowInteger : Op.PowConstant, 0, n.ToDouble()));
        }

        private void EmitCall(Function f)
        {
            var op = f.Which switch
            {
                FunctionKind.Log => Op.Log,
                FunctionKind.Abs => Op.Abs,
                FunctionKind.Sign => Op.Sign,
                FunctionKind.Heaviside => Op.Heaviside,
                FunctionKind.Sigmoid => Op.Sigmoid,
                FunctionKind.Logit => Op.Logit,
                FunctionKind.Sin => Op.Sin,
                FunctionKind.Cos => Op.Cos,
                FunctionKind.Atan2 => Op.Atan2,
                FunctionKind.Max => Op.Max,
                FunctionKind.Min => Op.Min,
                _ => throw new NotCompilableException($"No numeric version of {f.Which}."),
            };
            if (op is Op.Max or Op.Min or Op.Atan2) { Fold(f.Arguments, op); return; }
            Emit(f.Argument);
            Apply(op);
        }

        private void Push(Op op, int index, double value = 0)
        {
            program.Add(new Instruction(op, index, value));
            depth = Math.Max(depth, ++height);
        }

        /// <summary>An operation on the top of the stack: binary ones take two values and leave one.</summary>
        private void Apply(Op op)
        {
            program.Add(new Instruction(op, 0, 0));
            if (op is Op.Add or Op.Multiply or Op.Pow or Op.Atan2 or Op.Max or Op.Min) height--;
        }
    }
}
