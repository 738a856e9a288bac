namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// Question 3's worked models. The closed-form check uses the linear-Gaussian model
/// z ~ N(0, 1), x | z ~ N(w z + b, s^2) with symbolic w, b, s. The amortization gap is shown on
/// z ~ N(0, 1), log x | z ~ N(w z + b, s^2): its posterior mean is linear in log x, hence nonlinear
/// in x, so an encoder whose mean is linear in x cannot match every posterior.
/// </summary>
public sealed record Q3Parameters(
    double GapWeight = 1.5,
    double GapBias = 0.0,
    double GapNoise = 0.5,
    int GapDataPoints = 200,
    int GapSeed = 3135,
    int LatentDimension = 2);
