using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Entry k of a vector whose entries follow one pattern in their index: \mu + \sigma \odot z_0 has entry i \mu_i + \sigma_i z_{0,i}.
/// A derivation names such an entry with a letter ("z_{0,k} = (z_k - \mu_k)/\sigma_k" for z = g(z_0)); read as a name apart from the
/// vector, the step was refuted.
/// </summary>
public static class VectorEntryPattern
{
    /// <summary>
    /// The first entry with its index 1 put as <paramref name="index"/> (in every entry symbol indexed 1 alone), when that gives each
    /// entry at its own index; null when the entries follow no such pattern or the matrix is not a column.
    /// </summary>
    public static Expr? At(Matrix vector, Expr index)
    {
        if (vector.Columns != 1) return null;
        var marker = Symbol.Of("index·entry", Facts.Integer);
        var first = vector[0, 0];
        var pattern = Substitution.Substitute(first, Substitution.FreeSymbols(first)
            .Where(s => s.Indices is [Number { Value.IsOne: true }])
            .ToDictionary(s => (Expr)s, s => (Expr)Symbol.Indexed(s.Name, s.Facts, marker)));
        for (var r = 1; r < vector.Rows; r++)
            if (!Substitution.Substitute(pattern, marker, Number.Of(r + 1)).Equals(vector[r, 0])) return null;
        return Substitution.Substitute(pattern, marker, index);
    }
}
