using System.Diagnostics;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Tests.Render;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// `check --format tex`: a document of its own whose formulas are printed by the engine from what was read
/// (never the source's TeX), with verdicts, methods and counterexamples, and text escaped.
/// </summary>
public sealed class TexReportTests
{
    private static string Report(string doc, string file = "t.tex") => TexReportFormatter.Format(Checker.CheckText(doc, file));

    /// <summary>The lines between \[ and \] of the report: the mathematics it shows.</summary>
    private static List<string> Displays(string tex) =>
        tex.Split('\n').Where(l => l.StartsWith(@"\[ ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Sides_are_reprinted_from_what_was_read_not_copied()
    {
        // Written with a slash and \dfrac, and with a product written x \cdot y: the engine prints \frac, and juxtaposition.
        var tex = Report(@"\[ a/b + \dfrac{x \cdot y}{2} = \frac{2a + b x y}{2 b} \]");
        var shown = Assert.Single(Displays(tex));
        Assert.Contains(@"\frac{a}{b}", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("a/b", tex, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\dfrac", tex, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\cdot", shown, StringComparison.Ordinal);
        Assert.Contains(@"\verdict{checkvalid}{valid} (symbolic)", tex, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misreading_shows_in_the_reprinted_formula()
    {
        // x(y - z) with x not a declared function is a product: the report prints the product, as read.
        // Written without spaces, so a copy of the source would show "x(y-z)"; the printer spaces the difference.
        var tex = Report(@"\[ x(y-z) = xy - xz \]");
        var shown = Assert.Single(Displays(tex)).Replace(@"\left(", "(", StringComparison.Ordinal).Replace(@"\right)", ")", StringComparison.Ordinal);
        Assert.StartsWith(@"\[ x(y - z) = ", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("x(y-z)", tex, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_step_shows_its_counterexample_with_both_sides()
    {
        var tex = Report("\\begin{align*}\n(a+b)^2 &= a^2 + b^2\n\\end{align*}\n");
        Assert.Contains(@"\verdict{checkinvalid}{INVALID}", tex, StringComparison.Ordinal);
        var line = Assert.Single(tex.Split('\n'), l => l.StartsWith("Counterexample:", StringComparison.Ordinal));
        // "at \(a = A,\ b = B\), the left side is \(L\) and the right side \(R\)": L = (A+B)^2 and R = A^2 + B^2, recomputed here.
        var m = System.Text.RegularExpressions.Regex.Match(line,
            @"^Counterexample: at \\\(a = (?<a>[-0-9.]+),\\ b = (?<b>[-0-9.]+)\\\), the left side is \\\((?<l>[-0-9.]+)\\\) and the right side \\\((?<r>[-0-9.]+)\\\)");
        Assert.True(m.Success, line);
        double V(string g) => double.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Math.Pow(V("a") + V("b"), 2), V("l"), 6);
        Assert.Equal(V("a") * V("a") + V("b") * V("b"), V("r"), 6);
    }

    [Fact]
    public void Text_from_the_source_is_escaped_so_it_cannot_run()
    {
        var doc = "\\[ x + x = 2x \\text{by \\input{/etc/passwd} and } \\end{document} } \\]\n";
        var tex = Report(doc, "my_file#1.tex");
        Assert.DoesNotContain(@"\input{", tex, StringComparison.Ordinal);
        Assert.Contains(@"\textbackslash{}input\{/etc/passwd\}", tex, StringComparison.Ordinal);
        Assert.Contains(@"my\_file\#1.tex", tex, StringComparison.Ordinal);
        // Exactly one \end{document}: the report's own.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(tex, @"\\end\{document\}"));
    }

    [Fact]
    public void Methods_unknowns_logical_steps_and_errors_are_reported()
    {
        // E_q is linear and nothing more: E[f(x)^2] = E[f(x)]^2 is neither proved nor refuted.
        var doc = "% function: f\n\\[ f(x) = f(y) \\]\n\\[ \\mathbb{E}_{q}[f(x)^2] = \\mathbb{E}_{q}[f(x)]^2 \\]\n\\[ x = 1 \\implies x^2 = 1 \\]\n\\[ x + = 1 \\]\n";
        var tex = Report(doc);
        Assert.Contains(@"\verdict{checkunknown}{unknown}", tex, StringComparison.Ordinal);
        Assert.Contains(@"\verdict{checkother}{not checked} (logical step)", tex, StringComparison.Ordinal);
        Assert.Contains(@"\subsection*{Input errors}", tex, StringComparison.Ordinal);
        Assert.Contains("line 5, column", tex, StringComparison.Ordinal);
        Assert.Contains(@"\[ f(x) = f(y) \]", tex, StringComparison.Ordinal);
    }

    [RequiresLatexFact]
    public void The_report_compiles_with_pdflatex()
    {
        var doc = """
            % assume: \alpha > 0
            % function: p
            % matrix: A 2x2
            \begin{align*}
            \frac{a}{b} + 1 &= \frac{a+b}{b} \text{ by \input{/etc/passwd} \} $ & % } \\
            &= \frac{a}{b} + 2 \\
            &\le \frac{a}{b} + 3
            \end{align*}
            \[ \sqrt{\alpha^2} = \alpha \quad \text{since $\alpha > 0$} \]
            \[ (1 + \alpha i)(1 - \alpha i) = 1 + \alpha^2 \]
            \[ \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}^\top = \begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix} \]
            \[ x^2 - 1 = (x - 1)(x \pm 1) \]
            \[ \{1 + \alpha i, 1 - \alpha i\} = \{1 - \alpha i, 1 + \alpha i\} \]
            \[ p(z \mid x) = p(z \mid x) \implies \det(A^\top) = \det A \]
            \[ x + = 2 \]
            """;
        var tex = Report(doc, "answers_#1 {x}.tex");
        var dir = Directory.CreateTempSubdirectory("checkreport");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "r.tex"), tex);
            var psi = new ProcessStartInfo("pdflatex", "-no-shell-escape -interaction=nonstopmode -halt-on-error r.tex")
            {
                WorkingDirectory = dir.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            Assert.True(p.WaitForExit(120_000), "pdflatex did not finish in 120 s");
            Assert.True(p.ExitCode == 0, tex + "\n" + output.Result);
            Assert.True(new FileInfo(Path.Combine(dir.FullName, "r.pdf")).Length > 1000);
        }
        finally { dir.Delete(recursive: true); }
    }
}
