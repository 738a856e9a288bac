using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;

namespace Ift6135.Sym.Render;

/// <summary>How <c>solve</c> writes the solutions.</summary>
public sealed record SolveOptions
{
    /// <summary>Compile the PDF (needs latexmk and pdflatex); otherwise only the .tex is written.</summary>
    public bool BuildPdf { get; init; } = true;

    /// <summary>A directory of templates overriding the embedded ones.</summary>
    public string? TemplateDirectory { get; init; }

    /// <summary>Also write the answers as JSON (solutions.json).</summary>
    public bool WriteJson { get; init; }

    /// <summary>The editions to write, each as its own .tex and .pdf (<see cref="DocumentEditions.FileName"/>); the full one by default.</summary>
    public IReadOnlyList<DocumentEdition> Editions { get; init; } = [DocumentEdition.Full];

    /// <summary>The step verifier; the engine's equivalence checker unless a test supplies another.</summary>
    public IStepVerifier? Verifier { get; init; }
}

/// <summary>What <c>solve</c> produced.</summary>
public sealed record SolveReport(IReadOnlyList<string> Files, int Questions, int DerivedParts, int PendingParts, int VerifiedSteps, int SanityChecks);

/// <summary>The entry point of <c>ift6135-sym solve</c>: derive, render, build, move into place.</summary>
public static class SolutionsWriter
{
    public const string DocumentName = "solutions";

    /// <summary>The default parameters as JSON, for <c>--print-params</c>.</summary>
    public static string DefaultParametersJson() => ParametersLoader.Serialize(AssignmentParameters.Default);

    /// <summary>
    /// Derives every question (each step verified; a failing step throws <see cref="DerivationFailedException"/>),
    /// renders out/solutions.tex (out/solutions-student.tex for the student edition) and builds the PDF of each.
    /// Errors: <see cref="DerivationFailedException"/>, <see cref="RenderException"/>, <see cref="LatexBuildException"/>,
    /// each with a message for the user.
    /// </summary>

    public static SolveReport Write(AssignmentParameters parameters, string outDir, SolveOptions? options = null)
    {
        options ??= new SolveOptions();
        var verifier = options.Verifier ?? StepVerifiers.Default;
        var templates = options.TemplateDirectory is null ? TemplateSet.Embedded : TemplateSet.FromDirectory(options.TemplateDirectory);
        // Each question of the full edition is printed and typeset by the worker that derived it, while the others are still being derived.
        IReadOnlyList<QuestionModel>? prepared = null;
        Solution solution;
        if (options.Editions.Contains(DocumentEdition.Full))
            (solution, prepared) = SolutionDeriver.Derive(parameters, verifier, (q, log) => LatexDocument.Typeset(ScriptModel.Prepare(q, log), templates));
        else solution = SolutionDeriver.Derive(parameters, verifier);
        // One derivation, rendered once per edition asked for.
        var files = options.Editions.Distinct()
            .SelectMany(edition => LatexBuilder.Build(LatexDocument.Render(solution, templates, edition, prepared), outDir, edition.FileName(), options.BuildPdf))
            .ToList();
        if (options.WriteJson) files.Add(AtomicFile.Write(Path.Combine(outDir, DocumentName + ".json"), AnswersJson.Write(solution)));
        var parts = solution.Questions.SelectMany(q => q.Parts).ToArray();
        return new SolveReport(files, solution.Questions.Count,
            parts.Count(p => p.Status == PartStatus.Derived), parts.Count(p => p.Status == PartStatus.NotYetDerived),
            solution.Ledger.Count, solution.SanityChecks.Count);
    }
}
