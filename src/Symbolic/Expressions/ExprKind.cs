namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>The node kinds, in the order the canonical ordering ranks them.</summary>
public enum ExprKind
{
    Number,
    Constant,
    Symbol,
    Power,
    Product,
    Sum,
    Function,
    Apply,
    IndexedSum,
    IndexedProduct,
}
