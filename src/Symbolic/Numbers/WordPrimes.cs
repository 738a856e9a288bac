using System.Numerics;

namespace Ift6135.Sym.Symbolic.Numbers;

/// <summary>
/// Primes just below 2^62 for multi-modular arithmetic, found once by a deterministic Miller–Rabin test
/// (the first twelve prime bases decide every 64-bit number), and arithmetic modulo one of them.
/// </summary>
public static class WordPrimes
{
    private const ulong Start = (1UL << 62) - 1;
    private static readonly ulong[] Bases = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
    private static readonly List<ulong> Found = [];
    private static readonly Lock Gate = new();

    /// <summary>The k-th prime below 2^62, counting down from the largest (k = 0).</summary>
    public static ulong Get(int k)
    {
        lock (Gate)
        {
            var candidate = Found.Count == 0 ? Start : Found[^1] - 2;
            while (Found.Count <= k)
            {
                if (IsPrime(candidate)) Found.Add(candidate);
                candidate -= 2;
            }
            return Found[k];
        }
    }

    public static ulong MulMod(ulong a, ulong b, ulong p) => (ulong)((UInt128)a * b % p);

    public static ulong AddMod(ulong a, ulong b, ulong p) => a >= p - b ? a - (p - b) : a + b;

    public static ulong SubMod(ulong a, ulong b, ulong p) => a >= b ? a - b : a + (p - b);

    public static ulong PowMod(ulong a, ulong e, ulong p)
    {
        ulong result = 1;
        for (; e > 0; e >>= 1, a = MulMod(a, a, p))
            if ((e & 1) == 1) result = MulMod(result, a, p);
        return result;
    }

    /// <summary>a⁻¹ mod p for a ≠ 0 (Fermat: a^(p−2)).</summary>
    public static ulong InverseMod(ulong a, ulong p) => PowMod(a, p - 2, p);

    /// <summary>An integer reduced into [0, p).</summary>
    public static ulong Reduce(BigInteger value, ulong p)
    {
        var r = BigInteger.Remainder(value, p);
        return (ulong)(r.Sign < 0 ? r + p : r);
    }

    private static bool IsPrime(ulong n)
    {
        if (n < 2 || n % 2 == 0) return n == 2;
        var d = n - 1;
        var s = 0;
        while (d % 2 == 0) { d /= 2; s++; }
        foreach (var a in Bases)
        {
            if (a % n == 0) continue;
            var x = PowMod(a, d, n);
            if (x == 1 || x == n - 1) continue;
            var composite = true;
            for (var r = 1; r < s && composite; r++)
            {
                x = MulMod(x, x, n);
                composite = x != n - 1;
            }
            if (composite) return false;
        }
        return true;
    }
}
