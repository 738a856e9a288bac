using System.CommandLine;
using Ift6135.Sym.Cli.Commands.Calc.Operations;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Calc;

/// <summary>`ift6135-sym calc`: the engine's operations, one sub-command each.</summary>
public static class CalcCommand
{
    public static Command Create(CliConsole console)
    {
        var shared = new CalcOptions();
        var calc = new Command("calc",
            "Compute with the symbolic engine directly. Expressions are infix (mu + sigma*z0, x^2, exp, log, " +
            "sqrt, sigmoid, logit, relu, abs, max, min, sin, cos; tanh, sinh, cosh by their definitions); matrices are rows: [[1, alpha], [-alpha, 1]]; " +
            "@path reads the operand from a file.\n" +
            "Example: ift6135-sym calc eigenvals \"[[1, alpha], [-alpha, 1]]\"")
        {
            shared.Assume, shared.Functions, shared.Format,
        };
        calc.Add(SimplifyOperation.Create(shared, console));
        calc.Add(ExpandOperation.Create(shared, console));
        calc.Add(DiffOperation.Create(shared, console));
        calc.Add(IntegrateOperation.Create(shared, console));
        calc.Add(JacobianOperation.Create(shared, console));
        calc.Add(DeterminantOperation.Create(shared, console));
        calc.Add(InverseOperation.Create(shared, console));
        calc.Add(CharpolyOperation.Create(shared, console));
        calc.Add(EigenvaluesOperation.Create(shared, console));
        calc.Add(SolveOperation.Create(shared, console));
        calc.Add(SignOperation.Create(shared, console));
        calc.Add(EquivOperation.Create(shared, console));
        calc.Add(LatexOperation.Create(shared, console));
        return calc;
    }
}

/// <summary>The options every calc operation takes (recursive: given once on calc, seen by each operation).</summary>
internal sealed class CalcOptions
{
    public Option<string?> Assume { get; } = new("--assume", "-a")
    {
        Description = "Assumptions, comma separated; read before the operands so their facts apply. " +
                      "Example: --assume \"alpha>0, beta>=-alpha, 0<w<1\"",
        HelpName = "RELATIONS",
        Recursive = true,
    };

    public Option<string?> Functions { get; } = new("--function")
    {
        Description = "Undefined functions, comma separated: f(x) is then f applied to x (differentiated as f'(x)), not f times x; " +
                      "q(z | x) is a conditional density. Example: --function \"f, q\"",
        HelpName = "NAMES",
        Recursive = true,
    };

    public Option<string> Format { get; } = CreateFormat();

    private static Option<string> CreateFormat()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: infix (default, re-readable), latex, or json ({operation, input, assumptions, result, verdict}). Example: --format latex",
            DefaultValueFactory = _ => CalcOutput.Infix,
            HelpName = "infix|latex|json",
            Recursive = true,
        };
        format.AcceptOnlyFromAmong(CalcOutput.Infix, CalcOutput.Latex, CalcOutput.Json);
        return format;
    }

    /// <summary>
    /// A calc sub-command: reads the assumptions, runs <paramref name="run"/>, prints the outcome in the
    /// requested format, and exits with the outcome's code.
    /// </summary>
    public Command Operation(string name, string description, CliConsole console, Func<ParseResult, CalcContext, CalcOutcome> run, params Symbol[] parameters)
    {
        var command = new Command(name, description);
        foreach (var p in parameters)
        {
            switch (p)
            {
                case Argument a: command.Add(a); break;
                case Option o: command.Add(o); break;
            }
        }
        command.SetAction(parse =>
        {
            var assume = parse.GetValue(Assume);
            var context = CalcContext.Create(assume, parse.GetValue(Functions));
            CalcOutcome outcome;
            // A direct request to the engine: bounded by the operation's budget (longer than a step's).
            using (Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.OperationTimeBudget, Symbolic.Safety.LimitOptions.OperationTime))
                outcome = run(parse, context);
            CalcOutput.Write(outcome, parse.GetValue(Format) ?? CalcOutput.Infix, context.AssumeText, console);
            return outcome.ExitCode;
        });
        return command;
    }

    public static Argument<string> Operand(string name, string description) => new(name) { Description = description };
}
