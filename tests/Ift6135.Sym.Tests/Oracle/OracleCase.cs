using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Ift6135.Sym.Tests.Oracle;

/// <summary>One question for SymPy: an id that says where it came from (category and seed), and the request.</summary>
public sealed record OracleCase(string Id, JsonObject Request)
{
    public static OracleCase Of(string id, string op, JsonObject symbols, params (string Key, JsonNode? Value)[] fields)
    {
        var request = new JsonObject { ["id"] = id, ["op"] = op, ["symbols"] = symbols };
        foreach (var (key, value) in fields) request[key] = value;
        return new OracleCase(id, request);
    }
}

/// <summary>Asks the oracle every case and fails with the full list of disagreements, each with its case.</summary>
public static class OracleRun
{
    public static void AssertAllAgree(SympyOracle oracle, IReadOnlyList<OracleCase> cases, ITestOutputHelper output)
    {
        Assert.NotEmpty(cases);
        var disagreements = new StringBuilder();
        var failures = 0;
        var methods = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            var answer = oracle.Ask(c.Request);
            methods[answer.Method] = methods.GetValueOrDefault(answer.Method) + 1;
            if (answer.Agree) continue;
            failures++;
            disagreements.AppendLine($"- {c.Id}: {answer.Method}: {answer.Detail}")
                         .AppendLine($"    request: {c.Request.ToJsonString()}")
                         .AppendLine($"    sympy:   {answer.Sympy}");
        }
        output.WriteLine($"{cases.Count} cases, SymPy {oracle.SympyVersion}; agreement by: " +
                         string.Join(", ", methods.Select(m => $"{m.Key} {m.Value}")));
        Assert.True(failures == 0, $"SymPy disagrees on {failures} of {cases.Count} cases:\n{disagreements}");
    }
}
