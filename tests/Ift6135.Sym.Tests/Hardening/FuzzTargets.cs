using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>One thing the fuzzer drives: a name (saved with a crashing input) and the work on one input.</summary>
internal sealed record FuzzTarget(string Name, Func<string, object?> Pipeline)
{
    /// <summary>The infix parser, with a print and a re-read of what it parsed (cheap: no engine work beyond construction).</summary>
    public static readonly FuzzTarget Infix = new("infix", text =>
    {
        var table = new SymbolTable();
        table.DeclareFunction("f");
        var e = InfixParser.Parse(text, table);
        return FuzzHarness.Reparse(InfixPrinter.Print(e), table);
    });

    /// <summary>The infix parser followed by differentiation, simplification and an equivalence decision.</summary>
    public static readonly FuzzTarget InfixEngine = new("infix-engine", FuzzHarness.InfixPipeline);

    /// <summary>The LaTeX math parser and its lowering to expressions, then the LaTeX printer.</summary>
    public static readonly FuzzTarget Latex = new("latex", text =>
    {
        var value = LatexLowering.ParseValue(text, LatexContext.Empty);
        return value.Scalar is { } s ? LatexPrinter.Print(s) : value.Matrix?.Rows;
    });

    /// <summary>The whole checker on a document, with every report format rendered.</summary>
    public static readonly FuzzTarget Checker = new("checker", text =>
    {
        var report = Ift6135.Sym.Checking.Checker.CheckText(text, "fuzz.tex");
        return TextReportFormatter.Format(report).Length + JsonReportFormatter.Format(report).Length
            + TexReportFormatter.Format(report).Length;
    });

    public static readonly IReadOnlyList<FuzzTarget> All = [Infix, InfixEngine, Latex, Checker];

    public static FuzzTarget Named(string name) => All.Single(t => t.Name == name);
}
