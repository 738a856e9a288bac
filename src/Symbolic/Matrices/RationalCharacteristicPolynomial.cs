using System.Numerics;
using Ift6135.Sym.Symbolic.Numbers;
using static Ift6135.Sym.Symbolic.Numbers.WordPrimes;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// det(λI − A) for a matrix of rational numbers, exactly, in O(n³) word operations per prime where
/// Berkowitz over polynomials costs O(n⁴) operations on big numbers. The denominators are cleared
/// (B = dA is an integer matrix), the characteristic polynomial of B is computed modulo primes below 2^62
/// by reduction to Hessenberg form (a similarity, so exact in each prime field, with no unlucky prime),
/// its integer coefficients are rebuilt by the Chinese remainder theorem once the modulus exceeds twice
/// a bound on their size, and scaled back: the coefficient of λᵏ is cₖ(B) / d^(n−k).
/// </summary>
internal static class RationalCharacteristicPolynomial
{
    /// <summary>The coefficients from λ⁰ up to λⁿ, or null when an entry is not a rational number.</summary>
    public static BigRational[]? TryCoefficients(Matrix a)
    {
        var n = a.Rows;
        if (NumberMatrix.Entries(a) is not { } values) return null;
        var d = RationalContent.CommonDenominator(values.Cast<BigRational>());
        var b = new BigInteger[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++) b[r, c] = values[r, c].Numerator * (d / values[r, c].Denominator);
        var integer = IntegerCoefficients(b);
        var result = new BigRational[n + 1];
        for (var k = 0; k <= n; k++) result[k] = new BigRational(integer[k], BigInteger.Pow(d, n - k));
        return result;
    }

    /// <summary>
    /// The characteristic polynomial of an integer matrix. Its coefficient of λ^(n−k) is, up to sign, the
    /// k-th elementary symmetric function of the eigenvalues, each at most ρ (the largest absolute row sum)
    /// in modulus: so |c| ≤ C(n, k) ρᵏ ≤ (1 + ρ)ⁿ, and a modulus above twice that recovers the signed value.
    /// </summary>
    private static BigInteger[] IntegerCoefficients(BigInteger[,] b)
    {
        var n = b.GetLength(0);
        var rho = BigInteger.Zero;
        for (var r = 0; r < n; r++)
        {
            var row = BigInteger.Zero;
            for (var c = 0; c < n; c++) row += BigInteger.Abs(b[r, c]);
            rho = BigInteger.Max(rho, row);
        }
        var needed = 2 * BigInteger.Pow(1 + rho, n);
        var values = new BigInteger[n + 1];
        var modulus = BigInteger.One;
        for (var k = 0; modulus <= needed; k++)
        {
            Safety.Deadline.Check();
            var p = Get(k);
            var residues = ModPrime(b, p);
            var step = InverseMod(Reduce(modulus, p), p);
            for (var i = 0; i <= n; i++)
            {
                // x ≡ values[i] (mod modulus) and x ≡ residues[i] (mod p): x = values[i] + modulus·t.
                var t = MulMod(SubMod(residues[i], Reduce(values[i], p), p), step, p);
                values[i] += modulus * t;
            }
            modulus *= p;
        }
        var half = modulus / 2;
        for (var i = 0; i <= n; i++) if (values[i] > half) values[i] -= modulus;
        return values;
    }

    /// <summary>det(λI − B) mod p, lowest coefficient first: Hessenberg form, then the recurrence over its leading blocks.</summary>
    private static ulong[] ModPrime(BigInteger[,] b, ulong p)
    {
        var n = b.GetLength(0);
        var h = new ulong[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++) h[r, c] = Reduce(b[r, c], p);
        ToHessenberg(h, p);
        return FromHessenberg(h, p);
    }

    /// <summary>
    /// Zeroes below the subdiagonal, column by column, by similarities: swap a nonzero pivot into place (rows and
    /// columns), then subtract multiples of the pivot row and add the same multiples to the pivot column.
    /// </summary>
    private static void ToHessenberg(ulong[,] h, ulong p)
    {
        var n = h.GetLength(0);
        for (var j = 0; j + 2 < n; j++)
        {
            var pivot = j + 1;
            while (pivot < n && h[pivot, j] == 0) pivot++;
            if (pivot == n) continue;
            if (pivot != j + 1) SwapRowsAndColumns(h, pivot, j + 1);
            var inverse = InverseMod(h[j + 1, j], p);
            for (var i = j + 2; i < n; i++)
            {
                if (h[i, j] == 0) continue;
                var u = MulMod(h[i, j], inverse, p);
                for (var c = j; c < n; c++) h[i, c] = SubMod(h[i, c], MulMod(u, h[j + 1, c], p), p);
                for (var r = 0; r < n; r++) h[r, j + 1] = AddMod(h[r, j + 1], MulMod(u, h[r, i], p), p);
            }
        }
    }

    private static void SwapRowsAndColumns(ulong[,] h, int a, int b)
    {
        var n = h.GetLength(0);
        for (var c = 0; c < n; c++) (h[a, c], h[b, c]) = (h[b, c], h[a, c]);
        for (var r = 0; r < n; r++) (h[r, a], h[r, b]) = (h[r, b], h[r, a]);
    }

    /// <summary>
    /// With pₘ the characteristic polynomial of the leading m×m block of a Hessenberg matrix:
    /// pₘ = (λ − h[m−1, m−1]) pₘ₋₁ − Σ_{i=1}^{m−1} h[i−1, m−1] (Π_{t=i}^{m−1} h[t, t−1]) pᵢ₋₁ (expanding along the last column).
    /// </summary>
    private static ulong[] FromHessenberg(ulong[,] h, ulong p)
    {
        var n = h.GetLength(0);
        var polys = new ulong[n + 1][];
        polys[0] = [1];
        for (var m = 1; m <= n; m++)
        {
            var previous = polys[m - 1];
            var current = new ulong[m + 1];
            for (var t = 0; t < m; t++)
            {
                current[t + 1] = previous[t];
                current[t] = SubMod(current[t], MulMod(h[m - 1, m - 1], previous[t], p), p);
            }
            ulong chain = 1;
            for (var i = m - 1; i >= 1; i--)
            {
                chain = MulMod(chain, h[i, i - 1], p);
                if (chain == 0) break;
                var factor = MulMod(h[i - 1, m - 1], chain, p);
                var lower = polys[i - 1];
                for (var t = 0; t < lower.Length; t++) current[t] = SubMod(current[t], MulMod(factor, lower[t], p), p);
            }
            polys[m] = current;
        }
        return polys[n];
    }
}
