namespace Ift6135.Sym.Assignment.Model;

/// <summary>What a figure shows, as data; the renderer decides how it is drawn.</summary>
public abstract record FigureData;

/// <summary>A grid of labelled cells, some shaded, one marked (Q1's receptive fields).</summary>
public sealed record GridFigure(int Rows, int Columns, IReadOnlyList<(int Row, int Column)> Shaded, (int Row, int Column) Marked, string Title) : FigureData;

/// <summary>Several grids side by side, one caption.</summary>
public sealed record GridPanel(IReadOnlyList<GridFigure> Grids) : FigureData;

/// <summary>Points (x, y) of one or more series, drawn as lines (e.g. an iteration's trajectory).</summary>
public sealed record PlotFigure(Inline XLabel, Inline YLabel, IReadOnlyList<PlotSeries> Series) : FigureData
{
    /// <summary>A logarithmic x axis, for a parameter that grows geometrically (K = 1, 2, 5, 20, 50).</summary>
    public bool LogarithmicX { get; init; }

    /// <summary>One unit the same length on both axes, so that a trajectory's shape (a circle, a spiral) is not distorted.</summary>
    public bool EqualAxes { get; init; }

    /// <summary>Points marked and labelled on the plot (a start, a stationary point).</summary>
    public IReadOnlyList<PlotMark> Marks { get; init; } = [];
}

/// <summary>A series named in the legend by text with engine formulas.</summary>
public sealed record PlotSeries(Inline Name, IReadOnlyList<(double X, double Y)> Points)
{
    /// <summary>For an estimated series, the standard error of each point (in the order of <see cref="Points"/>), drawn as a bar of one standard error on each side; empty when the values are exact.</summary>
    public IReadOnlyList<double> StandardErrors { get; init; } = [];
}

public sealed record PlotMark(Inline Label, double X, double Y);
