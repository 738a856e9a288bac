using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Cli.Commands.Solve;

/// <summary>
/// `solve`: reads the parameters, derives and renders the solutions (<see cref="SolutionsWriter"/>).
/// A bad parameter file is bad input (exit 2); a derivation step the engine cannot confirm is a
/// failed check (exit 1, naming the sub-question and step); a TeX error in our own document is a bug (exit 70).
/// </summary>
public static class SolveAction
{
    /// <summary>The editions named by --edition (the command line accepts only these three values).</summary>
    private static IReadOnlyList<DocumentEdition> Editions(string name) => name switch
    {
        SolveCommand.StudentEdition => [DocumentEdition.Student],
        SolveCommand.BothEditions => [DocumentEdition.Full, DocumentEdition.Student],
        _ => [DocumentEdition.Full],
    };

    public static int Run(SolveRequest request, CliConsole console)
    {
        if (request.PrintParams)
        {
            console.Out.Write(SolutionsWriter.DefaultParametersJson());
            return ExitCodes.Ok;
        }
        AssignmentParameters parameters;
        try
        {
            parameters = request.Params is null ? AssignmentParameters.Default : ParametersLoader.Load(request.Params.FullName);
        }
        catch (ParametersException e)
        {
            throw new CliInputException(e.Message);
        }
        try
        {
            var report = SolutionsWriter.Write(parameters, request.Out.FullName, new SolveOptions { BuildPdf = !request.NoPdf, WriteJson = request.Json, Editions = Editions(request.Edition) });
            foreach (var file in report.Files) console.Line($"wrote {file}");
            console.Line($"{report.DerivedParts} sub-questions derived, {report.PendingParts} not yet derived; {report.VerifiedSteps} steps verified, {report.SanityChecks} cross-checks passed.");
            return ExitCodes.Ok;
        }
        catch (ParameterUnsupportedException e)
        {
            // A well-formed parameter the derivations cannot handle: bad input, located like a validation problem.
            throw new CliInputException(ParametersLoader.Describe(e.Problem, request.Params?.FullName));
        }
        catch (DerivationFailedException e)
        {
            console.ErrorLine($"derivation stopped: {e.Message}");
            console.ErrorLine(NextStep(e, request.Params?.FullName));
            return ExitCodes.CheckFailed;
        }
        catch (LatexBuildException e) when (e.ToolMissing)
        {
            throw new CliInputException(e.Message + " Use --no-pdf to write the .tex only.");
        }
        catch (LatexBuildException e)
        {
            console.ErrorLine(e.Message);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// What to do about a step that failed: with the default parameters every step holds (a bug to report); with a variant, a numeric
    /// cross-check of questions 3 and 4 can fail where its Monte Carlo or quadrature does not resolve the model (a proposal far from
    /// the posterior), and the way out is values nearer the defaults; any other step of a variant is a bug to report with its file.
    /// </summary>
    private static string NextStep(DerivationFailedException e, string? parametersFile) => parametersFile is null
        ? "ift6135-sym: with the default parameters every step holds: this is a bug in ift6135-sym; please report it with the command line."
        : e.Check is null && (e.PartId.StartsWith("q3.", StringComparison.Ordinal) || e.PartId.StartsWith("q4.", StringComparison.Ordinal))
            ? $"ift6135-sym: this numeric cross-check holds for the default parameters, not for the model of {parametersFile}: its Monte Carlo or quadrature " +
              "does not resolve it (a proposal far from the posterior, for instance). Bring its values nearer the defaults (solve --print-params shows them)."
            : $"ift6135-sym: this step holds for the default parameters but not for the variant of {parametersFile}: a variant ift6135-sym should refuse " +
              "or derive; please report it with the parameter file.";
}
