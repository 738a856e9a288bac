using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Tests.Engine.Printing;

/// <summary>
/// The names the LaTeX parser makes that are not plain names (\tilde{z} is the symbol tilde(z), q(z \mid x) the Apply q|1)
/// print in infix as they are written and read back as themselves, so that calc and check's messages can be pasted back.
/// </summary>
public sealed class InfixNotationTests
{
    private static Expr ReadBack(Expr e, params string[] functions)
    {
        var table = new SymbolTable();
        foreach (var f in functions) table.DeclareFunction(f);
        return InfixParser.Parse(InfixPrinter.Print(e), table);
    }

    [Fact]
    public void An_accented_symbol_reads_back_as_itself()
    {
        var tilde = Symbol.Of(AccentNames.Of(Accent.Tilde, "z"));
        var hat = Symbol.Indexed(AccentNames.Of(Accent.Hat, "theta"), Facts.Real, Number.Of(1));
        var e = Build.Add(Build.Pow(tilde, 2), Build.Mul(3, hat));
        Assert.Equal("tilde(z)^2 + 3*hat(theta)[1]", InfixPrinter.Print(e));
        Assert.Equal(e, ReadBack(e));
    }

    [Fact]
    public void A_conditional_density_prints_with_its_bar_and_reads_back()
    {
        Symbol z = Symbol.Of("z"), w = Symbol.Of("w"), x = Symbol.Of("x");
        var one = Apply.Of("q|1", z, x);
        var two = Apply.Of("p|2", z, w, x);
        Assert.Equal("q(z | x)", InfixPrinter.Print(one));
        Assert.Equal("p(z, w | x)", InfixPrinter.Print(two));
        var e = Build.Add(Build.Log(one), Build.Mul(2, two));
        Assert.Equal(e, ReadBack(e, "p", "q"));
    }

    [Fact]
    public void A_condition_held_in_the_name_prints_after_the_bar() =>
        Assert.Equal("p(z | x)", InfixPrinter.Print(Apply.Of("p|x", Symbol.Of("z"))));

    [Fact]
    public void A_plain_call_of_a_declared_function_is_unchanged()
    {
        var e = Apply.Of("f", Symbol.Of("x"), Symbol.Of("y"));
        Assert.Equal("f(x, y)", InfixPrinter.Print(e));
        Assert.Equal(e, ReadBack(e, "f"));
    }

    [Theory]
    [InlineData("|x|", "write abs(x)")]
    [InlineData("f(x | )", "expected ')'")]
    [InlineData("tilde(z_0 + 1)", "unknown function 'tilde'")]
    public void A_bar_or_an_accent_out_of_place_is_refused_with_what_to_write(string text, string expected)
    {
        var table = new SymbolTable();
        table.DeclareFunction("f");
        var error = Assert.Throws<ParseException>(() => InfixParser.Parse(text, table));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_names_an_undefined_conditional_density_as_written()
    {
        var q = Apply.Of("q|1", Symbol.Of("z"), Symbol.Of("x"));
        var error = Assert.Throws<NotCompilableException>(() => CompiledFunction.Compile(Build.Add(q, 1), [Symbol.Of("z"), Symbol.Of("x")]));
        Assert.Contains("The undefined function q in q(z | x)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("q|1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("f", null)]
    [InlineData("q_1", null)]
    [InlineData("exp", "already has a meaning")]
    [InlineData("tilde", "already has a meaning")]
    [InlineData("sum", "already has a meaning")]
    [InlineData("2f", "is not a name")]
    [InlineData("f(x)", "is not a name")]
    public void Only_plain_unused_names_can_be_declared_functions(string name, string? problem)
    {
        var found = InfixParser.FunctionNameProblem(name);
        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found, StringComparison.Ordinal);
    }
}
