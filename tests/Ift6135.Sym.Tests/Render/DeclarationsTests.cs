using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Render;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Render;

/// <summary>The comment declarations a question opens with, read off its mathematics.</summary>
public sealed class DeclarationsTests
{
    private static readonly Symbol Z = Symbol.Of("z"), G = Symbol.Of("g"), D = Symbol.Of("d");

    private static Question Q(int n, params object[] math) =>
        new(n, "t", Inline.Empty, [new Prose(Inline.Of(math))], [], []);

    [Fact]
    public void FunctionsAreDeclaredByTheirPrintedHead()
    {
        var q = Q(1, Apply.Of("p|x", Z), Apply.Of("f", Z), Apply.Of("E_q", Z));
        Assert.Equal(["function: f, p"], Declarations.Of(q, new HashSet<string>()));
    }

    [Fact]
    public void ASymbolThatIsAFunctionElsewhereIsRedeclared()
    {
        var fives = Q(5, Apply.Of("g", Z));
        var six = Q(6, G * D);
        var solution = new Solution("s", [fives, six], [], []);
        Assert.Equal(["symbol: g"], Declarations.Of(six, Declarations.FunctionsOf(solution)));
    }

    [Fact]
    public void RandomVariablesAreListed()
    {
        var q = Q(3, Z) with { RandomVariables = [Z] };
        Assert.Equal(["random: z"], Declarations.Of(q, new HashSet<string>()));
    }
}
