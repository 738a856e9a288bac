using Ift6135.Sym.Assignment.Parameters;

namespace Ift6135.Sym.Tests.Assignment;

public class ParametersTests
{
    [Fact]
    public void DefaultPointsFollowTheStatement()
    {
        var p = AssignmentParameters.Default;
        // Headings 4-4-4-4, 6-3-6-3, 5-5-6, 8-8, 5-5-5-6, 4-3-6: twenty sub-questions.
        Assert.Equal(20, p.Points.Count);
        Assert.Equal(100, p.Points.Sum(x => x.Points));
        Assert.Equal(6, p.PointsOf("q2.1"));
        Assert.Equal(8, p.PointsOf("q4.2"));
        Assert.Equal(6, p.PointsOf("q6.3"));
    }

    [Fact]
    public void DefaultsRoundTripThroughJson()
    {
        var json = ParametersLoader.Serialize(AssignmentParameters.Default);
        Assert.Contains("\"crossCorrelation\"", json.Replace("CrossCorrelation", "crossCorrelation"), StringComparison.OrdinalIgnoreCase);
        var back = ParametersLoader.Parse(json, "defaults.json");
        Assert.Equal(json, ParametersLoader.Serialize(back));
    }

    [Fact]
    public void PartialFileKeepsOtherDefaults()
    {
        var p = ParametersLoader.Parse("""{ "q1": { "target": { "row": 2, "column": 2 } } }""", "p.json");
        Assert.Equal(new PixelParameter(2, 2), p.Q1.Target);
        Assert.Equal(5, p.Q1.GridSize);
        Assert.Equal("d*g", p.Q6.Value);
    }

    [Fact]
    public void SyntaxErrorNamesFileLineAndColumn()
    {
        var e = Assert.Throws<ParametersException>(() => ParametersLoader.Parse("{\n  \"q1\": {\n    \"gridSize\": 5,,\n  }\n}", "bad.json"));
        Assert.StartsWith("bad.json:3:", e.Message);
    }

    [Fact]
    public void UnknownKeyIsAnError()
    {
        var e = Assert.Throws<ParametersException>(() => ParametersLoader.Parse("{\n  \"q1\": { \"gridsise\": 5 }\n}", "typo.json"));
        Assert.StartsWith("typo.json:2:", e.Message);
        Assert.Contains("gridsise", e.Message);
    }

    [Fact]
    public void InvalidValueIsLocatedAtItsLine()
    {
        var json = "{\n  \"q1\": {\n    \"target\": { \"row\": 7, \"column\": 1 }\n  }\n}";
        var e = Assert.Throws<ParametersException>(() => ParametersLoader.Parse(json, "v.json"));
        Assert.StartsWith("v.json:3:15: $.q1.target:", e.Message);
    }

    [Fact]
    public void BadMaskRuleIsLocatedInsideTheString()
    {
        var json = "{\"q1\": {\"masks\": [{\"name\": \"A\", \"rules\": [\"i = 2 and k < 2\"]}, {\"name\": \"B\", \"rules\": [\"i = 3\"]}]}}";
        var e = Assert.Throws<ParametersException>(() => ParametersLoader.Parse(json, "m.json"));
        // The rule string opens at column 43; 'k' is its 11th character, after the quote: column 54.
        Assert.StartsWith("m.json:1:54:", e.Message);
    }

    [Fact]
    public void PointsMustSumToHundred()
    {
        var p = AssignmentParameters.Default with { Points = AssignmentParameters.Default.Points.Select(x => x.Part == "q1.1" ? x with { Points = 5 } : x).ToArray() };
        var e = Assert.Throws<ParametersException>(() => ParametersLoader.Parse(ParametersLoader.Serialize(p), "p.json"));
        Assert.Contains("sum to 100, not 101", e.Message);
    }
}

public class Q6ValueParameterTests
{
    [Fact]
    public void AnUnreadableValueIsLocatedInsideTheString()
    {
        // The string opens at column 18 (its quote); the parser complains at the end, column 5 of the text: 18 + 5.
        var e = Assert.Throws<ParametersException>(() => ParametersLoader.Parse("{\"q6\": {\"value\": \"d*g+\"}}", "v.json"));
        Assert.StartsWith("v.json:1:23: $.q6.value: V(d, g) cannot be read", e.Message);
    }

    [Fact]
    public void TheValueMayUseOnlyTheTwoPlayers()
    {
        var e = Assert.Throws<ParametersException>(() => ParametersLoader.Parse("{\"q6\": {\"value\": \"d*g*h\"}}", "v.json"));
        Assert.Contains("not h", e.Message);
    }
}

/// <summary>A problem in a value the file leaves out: the default is used there, and the message says so.</summary>
public class DefaultValueProblemTests
{
    [Fact]
    public void Default_cases_naming_masks_the_file_replaced_are_reported_once_as_the_defaults()
    {
        // The file gives its own masks (P only) and keeps the default cases, which name A and B: eight bad names,
        // all in a value the user never wrote.
        const string json = "{\n  \"q1\": {\n    \"masks\": [ { \"name\": \"P\", \"matrix\": [[1, 1, 1], [1, 0, 0], [0, 0, 0]] } ]\n  }\n}";
        var e = Assert.Throws<ParametersException>(() => ParametersLoader.Parse(json, "v.json"));
        Assert.StartsWith("v.json:2:9: $.q1.cases: no mask is named \"A\"; no mask is named \"B\"", e.Message);
        Assert.Contains("\"cases\" is not in this file, so its default is used; add \"cases\" to \"q1\" to set it", e.Message);
        Assert.Single(e.Message.Split('\n'), l => l.StartsWith("v.json:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_problem_in_a_value_the_file_gives_is_reported_as_before()
    {
        const string json = "{\n  \"q1\": { \"cases\": [[\"A\", \"A\"], [\"A\", \"C\"], [\"B\", \"A\"], [\"B\", \"B\"]] }\n}";
        var e = Assert.Throws<ParametersException>(() => ParametersLoader.Parse(json, "v.json"));
        Assert.StartsWith("v.json:2:39: $.q1.cases[1][1]: no mask is named \"C\"", e.Message);
        Assert.DoesNotContain("default", e.Message, StringComparison.Ordinal);
    }
}
