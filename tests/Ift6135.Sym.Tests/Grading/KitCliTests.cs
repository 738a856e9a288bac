using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Tests.Cli;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>template and grade end to end through the command line, as a teaching assistant runs them.</summary>
public sealed class KitCliTests
{
    [Fact]
    public void Template_writes_the_answer_template()
    {
        var dir = Directory.CreateTempSubdirectory("kit-cli-").FullName;
        try
        {
            var run = CliHarness.Run("template", "--out", dir);
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains(@"\begin{answer}{q6.3}", File.ReadAllText(Path.Combine(dir, "answers-template.tex")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Grade_grades_a_folder_and_reports_the_broken_file_with_exit_code_2()
    {
        var root = Directory.CreateTempSubdirectory("kit-cli-").FullName;
        try
        {
            var subs = Directory.CreateDirectory(Path.Combine(root, "subs")).FullName;
            File.WriteAllText(Path.Combine(subs, "alice.tex"), Submissions.Correct);
            File.WriteAllText(Path.Combine(subs, "bob.tex"), Submissions.Broken);
            var run = CliHarness.Run("grade", subs, "--out", Path.Combine(root, "out"), "--format", "csv");
            Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
            Assert.Contains("1 submission(s) could not be read in full", run.Error);
            var rows = File.ReadAllText(Path.Combine(root, "out", "grades.csv")).TrimEnd('\n').Split('\n');
            Assert.Equal(3, rows.Length);
            Assert.StartsWith("alice,", rows[1]);
            Assert.StartsWith("bob,4,", rows[2]);
            Assert.True(File.Exists(Path.Combine(root, "out", "summary.csv")));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    /// <summary>--format json or csv is read by programs from standard output: it holds the summary in that format alone.</summary>
    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Grade_prints_the_summary_in_the_format_asked_for(string format)
    {
        var root = Directory.CreateTempSubdirectory("kit-cli-").FullName;
        try
        {
            var subs = Directory.CreateDirectory(Path.Combine(root, "subs")).FullName;
            File.WriteAllText(Path.Combine(subs, "alice.tex"), Submissions.Correct);
            var run = CliHarness.Run("grade", subs, "--out", Path.Combine(root, "out"), "--format", format);
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var written = File.ReadAllText(Path.Combine(root, "out", $"summary.{format}")).Trim();
            Assert.Equal(written, run.Out.Trim());
            if (format == "json") System.Text.Json.JsonDocument.Parse(run.Out).Dispose();
            Assert.Contains("wrote ", run.Error);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void Grade_without_any_submission_is_a_usage_error()
    {
        var run = CliHarness.Run("grade", "/nonexistent/kit-folder", "--out", Path.Combine(Path.GetTempPath(), "kit-none"));
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("no such file or folder", run.Error);
    }

    [Fact]
    public void Bad_parameters_are_reported_with_their_place()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kit-params-{Environment.ProcessId}.json");
        File.WriteAllText(file, "{ \"q1\": { \"gridSize\": 12 } }");
        try
        {
            var run = CliHarness.Run("template", "--params", file, "--out", Path.GetTempPath());
            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.Contains("gridSize", run.Error);
        }
        finally { File.Delete(file); }
    }
}
