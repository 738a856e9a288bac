using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>
/// Broken parameter files through `solve --params`: each is reported as file:line:column with the line
/// and a caret under the culprit, says what was expected, exits 2 and leaves the previous output alone.
/// The expected position is marked by hand with '§' in the file text (the marker is removed before writing).
/// </summary>
public sealed class SolveBadParametersTests : IDisposable
{
    private const char Marker = '§';
    private readonly string dir = Directory.CreateTempSubdirectory("ift6135-badparams-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    public static TheoryData<string, string, string> Cases => new()
    {
        // JSON syntax (positions from System.Text.Json, 0-based there, 1-based here)
        { "missing comma", "{\n  \"q2\": { \"workedDimension\": 3 }\n  §\"q5\": {}\n}", "Expected either ','" },
        { "missing value", "{\n  \"q2\": { \"workedDimension\": §}\n}", "invalid start of a value" },
        { "text after the object", "{}\n§x\n", "Expected end of data" },
        { "empty file", "§", "does not contain any JSON tokens" },
        { "null instead of an object", "§null\n", "must hold a JSON object" },
        // keys and types
        { "unknown key at the top", "{\n  §\"q7\": {}\n}", "unknown key \"q7\"; the keys known here are q1, q2, q3, q4, q5, q6, points" },
        { "unknown key in q1", "{\n  \"q1\": { §\"gridsise\": 5 }\n}", "unknown key \"gridsise\"; the keys known here are gridSize, kernelSize, padding, stride, target, convention, masks, cases" },
        { "a string for a number", "{\n  \"q2\": { \"workedDimension\": §\"three\" }\n}", "$.q2.workedDimension: expected a whole number" },
        { "a number for an object", "{\n  \"q1\": { \"target\": §34 }\n}", "$.q1.target: expected an object" },
        { "an unknown convention", "{\n  \"q1\": { \"convention\": §\"Flipped\" }\n}", "expected one of the strings \"CrossCorrelation\", \"FlippedConvolution\"" },
        { "an unknown optimizer", "{\n  \"q6\": { \"optimizers\": [\"Simultaneous\", §\"Adam\"] }\n}", "expected one of the strings \"Simultaneous\", \"Alternating\", \"Extragradient\"" },
        // question 1
        { "pixel below the grid", "{\n  \"q1\": { \"target\": §{ \"row\": 7, \"column\": 1 } }\n}", "$.q1.target: the target pixel must lie in the 5x5 grid" },
        { "pixel in column 0", "{\n  \"q1\": { \"target\": §{ \"row\": 1, \"column\": 0 } }\n}", "the target pixel must lie in the 5x5 grid" },
        { "grid too large", "{\n  \"q1\": { \"gridSize\": §12 }\n}", "$.q1.gridSize: the grid size must be between 1 and 9" },
        { "even kernel", "{\n  \"q1\": { \"kernelSize\": §2, \"padding\": 0 }\n}", "$.q1.kernelSize: the kernel size must be odd and positive" },
        { "stride 2", "{\n  \"q1\": { \"stride\": §2 }\n}", "$.q1.stride: the stride must be 1: the layers must keep the grid size" },
        { "padding 0 for a 3x3 kernel", "{\n  \"q1\": { \"padding\": §0 }\n}", "$.q1.padding: the padding must be (kernel - 1) / 2 = 1 for a kernel of size 3" },
        // A kernel of 5 with the default padding 1 written nowhere: reported at the kernel's q1, the nearest key present.
        { "kernel 5 with the default padding", "{\n  \"q1\": §{ \"kernelSize\": 5 }\n}", "$.q1.padding: the padding must be (kernel - 1) / 2 = 2 for a kernel of size 5" },
        { "mask matrix 2x2", "{\n  \"q1\": { \"masks\": [{ \"name\": \"A\", \"matrix\": §[[1, 0], [1, 1]] }, { \"name\": \"B\", \"rules\": [\"i = 3\"] }] }\n}", "$.q1.masks[0].matrix: the mask matrix must be 3x3" },
        { "mask matrix entry 2", "{\n  \"q1\": { \"masks\": [{ \"name\": \"A\", \"matrix\": §[[0, 0, 0], [2, 0, 0], [1, 1, 1]] }, { \"name\": \"B\", \"rules\": [\"i = 3\"] }] }\n}", "the mask matrix entries must be 0 or 1" },
        { "mask with rules and matrix", "{\n  \"q1\": { \"masks\": [§{ \"name\": \"A\", \"rules\": [\"i = 3\"], \"matrix\": [[0, 0, 0], [0, 0, 0], [1, 1, 1]] }, { \"name\": \"B\", \"rules\": [\"i = 3\"] }] }\n}", "a mask needs exactly one of \"rules\" and \"matrix\"" },
        { "bad mask rule", "{\n  \"q1\": { \"masks\": [{ \"name\": \"A\", \"rules\": [\"i = 2 and §k < 2\"] }, { \"name\": \"B\", \"rules\": [\"i = 3\"] }] }\n}", "expected the kernel row i or column j, found \"k\"" },
        { "case with an unknown mask", "{\n  \"q1\": { \"cases\": [[\"A\", \"A\"], [\"A\", §\"C\"], [\"B\", \"A\"], [\"B\", \"B\"]] }\n}", "$.q1.cases[1][1]: no mask is named \"C\"" },
        { "three cases", "{\n  \"q1\": { \"cases\": §[[\"A\", \"A\"], [\"A\", \"B\"], [\"B\", \"A\"]] }\n}", "4 cases are needed, not 3" },
        // questions 2 and 5
        { "K = 0", "{\n  \"q2\": { \"workedDimension\": §0 }\n}", "$.q2.workedDimension: the worked dimension K must be between 1 and 6" },
        { "K negative", "{\n  \"q2\": { \"workedDimension\": §-2 }\n}", "the worked dimension K must be between 1 and 6" },
        { "N = 0", "{\n  \"q5\": { \"sigmoidComponents\": §0 }\n}", "$.q5.sigmoidComponents: the number of sigmoid components N must be between 1 and 50" },
        { "N too large", "{\n  \"q5\": { \"sigmoidComponents\": §51 }\n}", "N must be between 1 and 50" },
        // question 6
        { "V does not parse", "{\n  \"q6\": { \"value\": \"d*g §)\" }\n}", "$.q6.value: V(d, g) cannot be read" },
        { "V ends early", "{\n  \"q6\": { \"value\": \"d*g+§\" }\n}", "V(d, g) cannot be read" },
        { "V empty", "{\n  \"q6\": { \"value\": §\"\" }\n}", "V(d, g) must be a non-empty expression" },
        { "V uses another symbol", "{\n  \"q6\": { \"value\": §\"d*g*h\" }\n}", "V(d, g) may only use d and g, not h" },
        { "V without a stationary point", "{\n  \"q6\": { \"value\": §\"d + g\" }\n}", "the gradient of V never vanishes" },
        { "V with a line of stationary points", "{\n  \"q6\": { \"value\": §\"d^2\" }\n}", "vanishes on a whole line of points" },
        { "V constant", "{\n  \"q6\": { \"value\": §\"3\" }\n}", "V is constant: its gradient vanishes at every point" },
        { "V with two stationary points", "{\n  \"q6\": { \"value\": §\"d^2*g - g\" }\n}", "V has 2 stationary points" },
        { "negative learning rate", "{\n  \"q6\": { \"learningRate\": §\"-1/10\" }\n}", "$.q6.learningRate: the learning rate must be positive" },
        { "learning rate that does not parse", "{\n  \"q6\": { \"learningRate\": \"1/§\" }\n}", "the learning rate must be a symbol name (alpha) or a positive number (1/10)" },
        { "learning rate named like a player", "{\n  \"q6\": { \"learningRate\": §\"d\" }\n}", "the learning rate cannot be named d" },
        { "learning rate named like the eigenvalue", "{\n  \"q6\": { \"learningRate\": §\"lambda\" }\n}", "the learning rate cannot be named lambda" },
        { "no optimizer", "{\n  \"q6\": { \"optimizers\": §[] }\n}", "$.q6.optimizers: at least one optimizer is needed" },
        // question 3's gap model z ~ N(0, 1), log x | z ~ N(w z + b, s^2): posterior sd s / sqrt(w^2 + s^2), 0.5 / sqrt(50^2 + 0.25) = 0.0099995, 0.01 to 3 digits, at w = 50
        { "gap model without a gap", "{\n  \"q3\": { \"gapWeight\": §0 }\n}", "$.q3.gapWeight: w must not be 0" },
        { "gap model beyond the doubles", "{\n  \"q3\": { \"gapBias\": §1000 }\n}", "$.q3.gapBias: log x = w z + b + s e must stay within 700" },
        { "gap posterior too narrow", "{\n  \"q3\": §{ \"gapWeight\": 50 }\n}", "$.q3: the posterior's standard deviation s / sqrt(w^2 + s^2) is 0.01:" },
        // question 4's numeric model: the posterior is N(w (x - b) / (w^2 + s^2), s^2 / (w^2 + s^2)), here N(1/2, 1/2) unless x changes
        { "proposal too narrow for the quadrature", "{\n  \"q4\": { \"proposalSd\": §0.01 }\n}", "$.q4.proposalSd: the numeric confirmation integrates q_K over [-8.99, 8.99]" },
        { "observation far from the model", "{\n  \"q4\": §{ \"observation\": 1000 }\n}", "The posterior is N(500, 0.707^2): choose a proposal nearer it" },
        // points
        { "points not summing to 100", "{\n  \"points\": §[{ \"part\": \"q1.1\", \"points\": 4 }]\n}", "must be given points exactly once" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsReportedAtItsPositionWithExitTwoAndTheOutputKept(string name, string marked, string expected)
    {
        var (line, column) = Position(marked);
        var text = marked.Replace(Marker.ToString(), "");
        var file = Path.Combine(dir, "variant.json");
        File.WriteAllText(file, text);
        var outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "solutions.tex"), "previous");

        var run = CliHarness.Run("solve", "--params", file, "--out", outDir, "--no-pdf", "--json");

        Assert.True(run.ExitCode == ExitCodes.BadInput, $"{name}: {run}");
        Assert.StartsWith($"ift6135-sym: {file}:{line}:{column}: ", run.Error);
        Assert.Contains(expected, run.Error);
        var sourceLine = text.Split('\n')[line - 1];
        Assert.Contains($"\n  {sourceLine}\n  {new string(' ', column - 1)}^\n", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(outDir, "solutions.tex")));
        Assert.False(File.Exists(Path.Combine(outDir, "solutions.json")));
    }

    /// <summary>The 1-based line and column of the marker.</summary>
    private static (int Line, int Column) Position(string marked)
    {
        var at = marked.IndexOf(Marker);
        var before = marked[..at];
        return (before.Count(c => c == '\n') + 1, at - before.LastIndexOf('\n'));
    }

    [Fact]
    public void ThereAreAtLeastTwentyFiveCases() => Assert.True(Cases.Count >= 25);

    [Fact]
    public void AMissingFileIsBadInput()
    {
        var run = CliHarness.Run("solve", "--params", Path.Combine(dir, "absent.json"), "--out", Path.Combine(dir, "out"), "--no-pdf");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("absent.json", run.Error);
    }
}
