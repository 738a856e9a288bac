using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Tests.Oracle;

/// <summary>
/// Seeded random expressions over x, y (real) and a, b (positive). log and sqrt only ever receive a
/// positive argument and division only a positive divisor, so every case is defined on the whole
/// domain and branch choices cannot make a right answer look wrong.
/// </summary>
public sealed class RecipeGenerator(int seed)
{
    public static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), A = Symbol.Positive("a"), Bp = Symbol.Positive("b");
    private static readonly Symbol[] Variables = [X, Y, A, Bp];
    private static readonly string[] AnyFunctions = ["exp", "sigmoid", "sin", "cos", "onePlusSquare"];

    private readonly Random random = new(seed);

    public Recipe Expression(int depth)
    {
        if (depth <= 0 || random.NextDouble() < 0.2) return Leaf();
        return random.Next(9) switch
        {
            0 or 1 => new Recipe.Add(Expression(depth - 1), Expression(depth - 1)),
            2 => new Recipe.Sub(Expression(depth - 1), Expression(depth - 1)),
            3 or 4 => new Recipe.Mul(Expression(depth - 1), Expression(depth - 1)),
            5 => new Recipe.Div(Expression(depth - 1), PositiveExpression(depth - 1)),
            6 => new Recipe.PowInt(Expression(depth - 1), random.Next(2, 4)),
            7 => new Recipe.Call(random.Next(2) == 0 ? "log" : "sqrt", PositiveExpression(depth - 1)),
            _ => new Recipe.Call(AnyFunctions[random.Next(AnyFunctions.Length)], Expression(depth - 1)),
        };
    }

    /// <summary>An expression positive on the whole domain.</summary>
    public Recipe PositiveExpression(int depth)
    {
        if (depth <= 0 || random.NextDouble() < 0.25)
            return random.Next(3) == 0 ? new Recipe.Num(random.Next(1, 5)) : new Recipe.Var(random.Next(2) == 0 ? A : Bp);
        return random.Next(5) switch
        {
            0 => new Recipe.Add(PositiveExpression(depth - 1), PositiveExpression(depth - 1)),
            1 => new Recipe.Mul(PositiveExpression(depth - 1), PositiveExpression(depth - 1)),
            2 => new Recipe.Call("exp", Expression(depth - 1)),
            3 => new Recipe.Call("sigmoid", Expression(depth - 1)),
            _ => new Recipe.Call("onePlusSquare", Expression(depth - 1)),
        };
    }

    public Recipe Leaf() => random.Next(3) == 0 ? Constant() : new Recipe.Var(Variables[random.Next(Variables.Length)]);

    /// <summary>A small integer or a simple fraction, never zero.</summary>
    public Recipe Constant()
    {
        var n = random.Next(1, 6) * (random.Next(2) == 0 ? 1 : -1);
        return random.Next(4) == 0 ? new Recipe.Num(new BigRational(n, random.Next(2, 5))) : new Recipe.Num(n);
    }

    /// <summary>A polynomial-ish expression for expand: products and small powers of short sums.</summary>
    public Recipe Polynomial(int factors)
    {
        Recipe result = ShortSum();
        for (var i = 1; i < factors; i++)
            result = random.Next(3) == 0 ? new Recipe.PowInt(ShortSum(), random.Next(2, 4)) : new Recipe.Mul(result, ShortSum());
        return result;
    }

    private Recipe ShortSum()
    {
        Recipe sum = Monomial();
        var terms = random.Next(2, 4);
        for (var i = 1; i < terms; i++) sum = random.Next(2) == 0 ? new Recipe.Add(sum, Monomial()) : new Recipe.Sub(sum, Monomial());
        return sum;
    }

    private Recipe Monomial()
    {
        var c = Constant();
        return random.Next(4) == 0 ? c : new Recipe.Mul(c, new Recipe.Var(Variables[random.Next(Variables.Length)]));
    }

    /// <summary>A matrix entry: an integer, a symbol, or a short sum or product of them.</summary>
    public Recipe Entry()
    {
        return random.Next(6) switch
        {
            0 or 1 => new Recipe.Num(random.Next(-3, 4)),
            2 or 3 => new Recipe.Var(Variables[random.Next(Variables.Length)]),
            4 => new Recipe.Add(new Recipe.Var(Variables[random.Next(Variables.Length)]), new Recipe.Num(random.Next(-2, 3))),
            _ => new Recipe.Mul(new Recipe.Num(random.Next(1, 3)), new Recipe.Var(Variables[random.Next(Variables.Length)])),
        };
    }

    public Recipe[,] Matrix(int n, bool lowerTriangular = false)
    {
        var m = new Recipe[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
                m[r, c] = lowerTriangular && c > r ? new Recipe.Num(0) : Entry();
        return m;
    }

    public int Next(int max) => random.Next(max);
}
