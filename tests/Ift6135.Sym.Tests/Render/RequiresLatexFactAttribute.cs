using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

/// <summary>A fact that is skipped, with the reason, when latexmk/pdflatex are not installed (CI installs TeX Live).</summary>
public sealed class RequiresLatexFactAttribute : FactAttribute
{
    public RequiresLatexFactAttribute()
    {
        if (!LatexBuilder.IsAvailable) Skip = "latexmk/pdflatex not found on the PATH; install TeX Live to run this test (CI does).";
    }
}
