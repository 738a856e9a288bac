using System.CommandLine;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Cli.Infrastructure;

/// <summary>
/// The resource limits as options of every command (recursive on the root): untrusted input is
/// bounded by default, and a user who needs more raises one limit by name, as the limit's message
/// says (<see cref="LimitOptions"/>).
/// </summary>
public sealed class LimitArguments
{
    private readonly Option<long?> inputBytes = Positive<long>(LimitOptions.InputBytes, $"Largest input file, in bytes (default {SafetyLimits.Default.MaxInputBytes}).");
    private readonly Option<int?> nesting = Positive<int>(LimitOptions.NestingDepth, $"Deepest nesting of brackets, groups or operators (default {SafetyLimits.Default.MaxNestingDepth}).");
    private readonly Option<int?> digits = Positive<int>(LimitOptions.NumberDigits, $"Most digits in one number (default {SafetyLimits.Default.MaxNumberDigits}).");
    private readonly Option<int?> exponent = Positive<int>(LimitOptions.ExactExponent, $"Largest exponent computed exactly; larger powers stay unevaluated (default {SafetyLimits.Default.MaxExactExponent}).");
    private readonly Option<int?> terms = Positive<int>(LimitOptions.ExpansionTerms, $"Most terms one expansion may produce (default {SafetyLimits.Default.MaxExpansionTerms}).");
    private readonly Option<double?> stepTime = PositiveSeconds(LimitOptions.StepTime, $"Time for one step of a derivation, in seconds; past it the step is 'unknown: time budget exceeded' (default {SafetyLimits.Default.StepTimeBudget.TotalSeconds}).");

    private readonly Option<double?> operationTime = PositiveSeconds(LimitOptions.OperationTime, $"Time for one calc operation, in seconds (default {SafetyLimits.Default.OperationTimeBudget.TotalSeconds}).");

    public IEnumerable<Option> All => [inputBytes, nesting, digits, exponent, terms, stepTime, operationTime];

    /// <summary>The limits in force for this invocation: the defaults, with what the command line sets.</summary>
    public SafetyLimits Read(ParseResult parse, SafetyLimits baseline)
    {
        var limits = baseline;
        if (parse.GetValue(inputBytes) is { } b) limits = limits with { MaxInputBytes = b };
        if (parse.GetValue(nesting) is { } n) limits = limits with { MaxNestingDepth = n };
        if (parse.GetValue(digits) is { } d) limits = limits with { MaxNumberDigits = d };
        if (parse.GetValue(exponent) is { } e) limits = limits with { MaxExactExponent = e };
        if (parse.GetValue(terms) is { } t) limits = limits with { MaxExpansionTerms = t };
        if (parse.GetValue(stepTime) is { } s) limits = limits with { StepTimeBudget = TimeSpan.FromSeconds(s) };
        if (parse.GetValue(operationTime) is { } o) limits = limits with { OperationTimeBudget = TimeSpan.FromSeconds(o) };
        return limits;
    }

    private static Option<T?> Positive<T>(LimitOption limit, string description) where T : struct, System.Numerics.INumber<T>
    {
        var option = new Option<T?>(limit.Option) { Description = description, HelpName = limit.Unit, Recursive = true };
        option.Validators.Add(r =>
        {
            // Read the token ourselves: asking the result for a value that does not convert throws instead of reporting.
            if (r.Tokens.Count == 0) return;
            var text = r.Tokens[^1].Value;
            if (!T.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var v))
                r.AddError($"{limit.Option} expects a number, not '{text}'");
            else if (v <= T.Zero) r.AddError($"{limit.Option} must be positive (got {v})");
        });
        return option;
    }

    private static Option<double?> PositiveSeconds(LimitOption limit, string description)
    {
        var option = Positive<double>(limit, description);
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 0 || !double.TryParse(r.Tokens[^1].Value, System.Globalization.CultureInfo.InvariantCulture, out var v)) return;
            if (double.IsNaN(v) || v > TimeSpan.MaxValue.TotalSeconds / 2)
                r.AddError($"{limit.Option} must be a number of seconds (got {v})");
        });
        return option;
    }
}
