using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Assignment.Verification;

/// <summary>
/// What a displayed item stands for, for verification: a product of matrices written side by side is their
/// product, a determinant written out is its value. A chain can then show the unevaluated form (A x_k,
/// det(lambda I - A)) and still be checked against the computed one.
/// </summary>
public static class ItemValue
{
    public static MathItem Of(MathItem item) => item switch
    {
        ProductItem p when p.Factors.Select(Of).All(f => f is MatrixItem) =>
            new MatrixItem(p.Factors.Select(f => ((MatrixItem)Of(f)).Matrix).Aggregate(MatrixOps.Multiply)),
        DeterminantItem d => new ExprItem(Determinant.Of(d.Matrix)),
        TransposeItem t => new MatrixItem(MatrixOps.Transpose(t.Matrix)),
        _ => item,
    };
}
