namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>Question 2: the dimension used for the worked examples (the general claims are for any K).</summary>
public sealed record Q2Parameters
{
    public int WorkedDimension { get; init; } = 3;
}

/// <summary>Question 5: the number of sigmoid components of the monotone flow in 5.2.</summary>
public sealed record Q5Parameters
{
    public int SigmoidComponents { get; init; } = 2;
}

/// <summary>Question 6: the game and the optimizers whose dynamics are analysed.</summary>
public sealed record Q6Parameters
{
    /// <summary>V(d, g) as an infix expression in the symbols d and g.</summary>
    public string Value { get; init; } = "d*g";

    public string LearningRate { get; init; } = "alpha";

    public IReadOnlyList<Optimizer> Optimizers { get; init; } = [Optimizer.Simultaneous, Optimizer.Alternating, Optimizer.Extragradient];
}

public enum Optimizer { Simultaneous, Alternating, Extragradient }
