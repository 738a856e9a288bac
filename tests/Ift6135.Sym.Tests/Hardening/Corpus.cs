namespace Ift6135.Sym.Tests.Hardening;

/// <summary>Seed inputs for mutation: texts of the kinds the assignment's problems use.</summary>
internal static class Corpus
{
    public static readonly string[] Infix =
    [
        "x^2 + 2*x + 1",
        "sigmoid(w1*x + w2) * (1 - sigmoid(w1*x + w2))",
        "log(1 + exp(-t))",
        "max(0, x) - relu(x)",
        "sum(mu[k]^2, k, 1, n) / n",
        "exp(-(x - mu[1])^2 / (2*sigma^2)) / sqrt(2*pi*sigma^2)",
        "f'(x) * g(x) + f(x) * g'(x)",
        "(alpha + beta)^(1/2) - abs(alpha)",
        "atan2(y, x) + cos(x)^2 + sin(x)^2",
        "1/(1 - w1) - 1/(1 + w2)",
        "2.5e-3 * x ** 3",
        "(x + 1)^(10^100)",
    ];
}
