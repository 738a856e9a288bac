using System.Diagnostics;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Tests.Engine.Printing;

/// <summary>A few printed expressions go through pdflatex (amsmath) once; skipped where pdflatex is not installed.</summary>
public class LatexCompilesTests
{
    [Fact]
    public void PrintedFormulasCompile()
    {
        if (!File.Exists("/usr/bin/pdflatex")) return;
        var x = Symbol.Of("x");
        var alpha = Symbol.Positive("alpha");
        var i = Symbol.Of("i", Facts.Integer);
        var mu = Symbol.Indexed("mu", Facts.Real, i);
        var formulas = new[]
        {
            LatexPrinter.Print(Build.Exp(-x.Pow(2) / 2) / Build.Sqrt(Build.Mul(2, Constant.Pi))),
            LatexPrinter.Print(Build.Abs(x + Number.Half) + Build.Sigmoid(x) + Build.Logit(x) + Build.Heaviside(x) + Build.Sign(x)),
            LatexPrinter.Print(Build.IndexedSum(mu.Pow(2), i, 1, Symbol.Of("N")) + Build.Atan2(x, alpha) + x.Pow(Number.Of(new Symbolic.Numbers.BigRational(1, 3)))),
            LatexPrinter.Print(Apply.Of("h", alpha, x).Differentiated(1) + Apply.Of("f", x).Differentiated(0).Differentiated(0)),
            LatexPrinter.Print(Matrix.FromRows([[1, alpha], [-alpha / 2, Build.Relu(x)]])),
            LatexPrinter.Print(new Relation(RelationKind.GreaterOrEqual, Symbol.Of("sigma_1"), Symbol.Of("z0"))),
        };
        var dir = Directory.CreateTempSubdirectory("latexprint");
        try
        {
            var body = string.Join("\n", formulas.Select(f => $@"\[ {f} \]"));
            File.WriteAllText(Path.Combine(dir.FullName, "t.tex"), $"\\documentclass{{article}}\\usepackage{{amsmath}}\\begin{{document}}\n{body}\n\\end{{document}}\n");
            var psi = new ProcessStartInfo("/usr/bin/pdflatex", "-interaction=nonstopmode -halt-on-error t.tex")
            {
                WorkingDirectory = dir.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEnd();
            Assert.True(p.WaitForExit(60_000), "pdflatex did not finish in 60 s");
            Assert.True(p.ExitCode == 0, body + "\n" + output);
        }
        finally { dir.Delete(recursive: true); }
    }
}
