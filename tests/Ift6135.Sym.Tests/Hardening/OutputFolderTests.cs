using Ift6135.Sym.Tests.Cli;
using Ift6135.Sym.Tests.Grading;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// --out names a folder. A file in its place, or in the place of a folder above it, is the user's mistake:
/// found by running the commands as a teaching assistant would, where solve, template and rubric answered
/// "internal error: IOException ... (exit 70, a bug)" and grade "Could not find a part of the path". Each must
/// exit 2 with one line naming the option and the file, and leave the file as it was.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("ift6135-out-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    public static TheoryData<string[]> Commands() => new()
    {
        { ["solve", "--no-pdf"] },
        { ["template"] },
        { ["rubric"] },
        { ["grade", "SUBMISSION"] },
    };

    [Theory]
    [MemberData(nameof(Commands), DisableDiscoveryEnumeration = true)]
    public void A_file_given_as_the_output_folder_is_refused_with_exit_2(string[] command)
    {
        var file = Path.Combine(root, "taken");
        File.WriteAllText(file, "keep me");
        foreach (var outDir in new[] { file, Path.Combine(file, "below") })
        {
            var run = CliHarness.Run([.. Args(command), "--out", outDir]);
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("--out", run.Error, StringComparison.Ordinal);
            Assert.Contains(file, run.Error, StringComparison.Ordinal);
            Assert.Contains("is a file", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
            Assert.Equal("keep me", File.ReadAllText(file));
        }
    }

    /// <summary>grade needs a submission to get as far as writing; an empty answer file is one.</summary>
    private string[] Args(string[] command)
    {
        var submission = Path.Combine(root, "student.tex");
        File.WriteAllText(submission, Submissions.Document());
        return command.Select(a => a == "SUBMISSION" ? submission : a).ToArray();
    }
}
