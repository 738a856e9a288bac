using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

/// <summary>An estimated series is drawn with its standard errors (review item 18: Q4's plot had none).</summary>
public sealed class PlotErrorBarTests
{
    private static Solution WithPlot(PlotSeries series)
    {
        var figure = new Figure(new PlotFigure(Inline.Of("K"), "nats", [series]), Inline.Of("A plot."));
        var part = new Part("q1.1", "Plot", 5, Inline.Of("Plot it."), [figure]);
        return new Solution("Plot", [new Question(1, "One", Inline.Of("Summary."), [], [part], [])], [], []);
    }

    [Fact]
    public void EachPointCarriesItsStandardErrorAsAnExplicitBar()
    {
        var series = new PlotSeries(Inline.Of("estimate"), [(1, -3.5), (2, -2.25)]) { StandardErrors = [0.5, 0.125] };
        var tex = LatexDocument.Render(WithPlot(series));
        Assert.Contains("error bars/.cd,y dir=both,y explicit] coordinates {(1,-3.5) +- (0,0.5) (2,-2.25) +- (0,0.125)};", tex);
    }

    [Fact]
    public void AnExactSeriesHasNoBars()
    {
        var tex = LatexDocument.Render(WithPlot(new PlotSeries(Inline.Of("exact"), [(1, 2)])));
        Assert.Contains(@"\addplot+[mark size=1pt] coordinates {(1,2)};", tex);
        Assert.DoesNotContain("error bars", tex);
    }
}
