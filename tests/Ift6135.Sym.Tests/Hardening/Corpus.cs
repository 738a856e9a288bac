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

    public static readonly string[] Latex =
    [
        @"\frac{\partial}{\partial x} \sigma(w x + b)",
        @"\sum_{i=1}^{n} \mu_i^2 - \frac{1}{n}\left(\sum_{i=1}^{n} \mu_i\right)^2",
        @"\sqrt{\alpha^2 + \beta^2} \cdot e^{-x^2/2}",
        @"\begin{pmatrix} 1 & x \\ 0 & 1 \end{pmatrix}^{-1}",
        @"\log\left(1 + e^{-t}\right) - \max(0, x)",
        @"|x - y| + \|v\|^2",
        @"x^{10^{100}} + \frac{d}{dx} x^3",
        @"\operatorname{tr}(A^\top A)",
    ];

    public static readonly string[] Documents =
    [
        "% assume: alpha > 0\n\\begin{align}\n (x + 1)^2 &= x^2 + 2x + 1 \\\\\n &\\ge 0\n\\end{align}\n",
        "Let $y = \\sigma(x)$. Then\n\\[ \\frac{dy}{dx} = \\sigma(x)(1 - \\sigma(x)). \\]\n",
        "\\begin{equation}\n \\log(e^{x}) = x\n\\end{equation}\n",
    ];
}
