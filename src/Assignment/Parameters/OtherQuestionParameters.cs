using System.Text.Json.Serialization;

namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>Question 2: the dimension used for the worked examples (the general claims are for any K).</summary>
public sealed record Q2Parameters(int WorkedDimension = 3);

/// <summary>Question 5: the number of sigmoid components of the monotone flow in 5.2.</summary>
public sealed record Q5Parameters(int SigmoidComponents = 2);

/// <summary>Question 6: the game and the optimizers whose dynamics are analysed.</summary>
public sealed record Q6Parameters
{
    [JsonConstructor]
    public Q6Parameters(string? value = null, string? learningRate = null, IReadOnlyList<Optimizer>? optimizers = null)
    {
        Value = value ?? "d*g";
        LearningRate = learningRate ?? "alpha";
        Optimizers = optimizers ?? [Optimizer.Simultaneous, Optimizer.Alternating, Optimizer.Extragradient];
    }

    /// <summary>V(d, g) as an infix expression in the symbols d and g.</summary>
    public string Value { get; init; }

    public string LearningRate { get; init; }

    public IReadOnlyList<Optimizer> Optimizers { get; init; }
}

public enum Optimizer { Simultaneous, Alternating, Extragradient }
