namespace Ift6135.Sym.Assignment.Model;

/// <summary>What a figure shows, as data; the renderer decides how it is drawn.</summary>
public abstract record FigureData;

/// <summary>A grid of labelled cells, some shaded, one marked (Q1's receptive fields).</summary>
public sealed record GridFigure(int Rows, int Columns, IReadOnlyList<(int Row, int Column)> Shaded, (int Row, int Column) Marked, string Title) : FigureData;

/// <summary>Several grids side by side, one caption.</summary>
public sealed record GridPanel(IReadOnlyList<GridFigure> Grids) : FigureData;

/// <summary>Points (x, y) of one or more series, drawn as lines (e.g. an iteration's trajectory).</summary>
public sealed record PlotFigure(string XLabel, string YLabel, IReadOnlyList<PlotSeries> Series) : FigureData;

public sealed record PlotSeries(string Name, IReadOnlyList<(double X, double Y)> Points);
