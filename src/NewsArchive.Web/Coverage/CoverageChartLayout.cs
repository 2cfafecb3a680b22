using System.Globalization;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Coverage;

/// <summary>
/// Where a comparison's lines, axes and labels go in its server-drawn SVG chart: positions in the
/// chart's own units (the SVG scales to the page), a y axis of round steps from zero, and a line
/// per series broken where it has no value (a share of a period with too few articles is never drawn).
/// </summary>
public sealed class CoverageChartLayout
{
    public const int Width = 720;
    public const int Height = 300;
    private const int Left = 56;
    private const int Right = 12;
    private const int Top = 12;
    private const int Bottom = 34;

    /// <summary>Markers, each with its value as a tooltip, only when the points are far enough apart to hover one.</summary>
    private const int MaxMarkedPeriods = 40;


    public CoverageChartLayout(CoverageChart chart)
    {
        Chart = chart;
        Shares = chart.Request.Measure == CoverageMeasure.Share;
        var values = chart.Series.SelectMany(s => s.Points.Select(ValueOf)).OfType<double>().DefaultIfEmpty(0);
        (YMax, YStep) = Scale(values.Max(), integral: !Shares);
    }

    public CoverageChart Chart { get; }

    public bool Shares { get; }

    public double YMax { get; }

    public double YStep { get; }

    public double PlotLeft => Left;

    public double PlotRight => Width - Right;

    public double PlotTop => Top;

    public double PlotBottom => Height - Bottom;

    public bool Marked => Chart.Periods.Count <= MaxMarkedPeriods;

    /// <summary>What the chart draws of a point: its count, or its share unless the period has too few articles for one.</summary>
    public double? ValueOf(CoveragePoint point) => !Shares ? point.Count : point.Sparse ? null : point.Share;

    public double X(int period) => Left + (period + 0.5) * (PlotRight - PlotLeft) / Math.Max(1, Chart.Periods.Count);

    public double Y(double value) => PlotBottom - value / YMax * (PlotBottom - PlotTop);

    /// <summary>The y axis' steps from zero to the top.</summary>
    public IEnumerable<double> YTicks()
    {
        for (var tick = 0.0; tick <= YMax + YStep / 2; tick += YStep) yield return tick;
    }

    /// <summary>The periods labelled along the x axis: as many as fit side by side (the chart scales, text and all), evenly spaced, the first always.</summary>
    public IEnumerable<int> XLabels()
    {
        if (Chart.Periods.Count == 0) yield break;
        // About 7 units a character at the labels' size, and room between them.
        var fit = Math.Max(1, (int)((PlotRight - PlotLeft) / (Chart.Periods[0].Label.Length * 7 + 16)));
        var every = (int)Math.Ceiling(Chart.Periods.Count / (double)fit);
        for (var i = 0; i < Chart.Periods.Count; i += Math.Max(1, every)) yield return i;
    }

    /// <summary>
    /// The runs of a series' drawn points between its gaps, each point's x and y as the SVG writes
    /// them: a run is a polyline, or a dot when it has one point (a line of one point draws nothing).
    /// </summary>
    public IEnumerable<IReadOnlyList<(string X, string Y)>> Segments(CoverageSeries series)
    {
        var run = new List<(string X, string Y)>();
        for (var i = 0; i <= series.Points.Count; i++)
        {
            if (i < series.Points.Count && ValueOf(series.Points[i]) is { } value)
            {
                run.Add((Number(X(i)), Number(Y(value))));
                continue;
            }
            if (run.Count > 0) yield return run;
            run = [];
        }
    }

    public string Format(double value) => Shares ? FacetLists.Percent(value) : Display.Count((int)Math.Round(value));

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A top of the axis a little above the largest value, in steps of 1, 2 or 5 times a power of ten, at most four of them; counts step by whole numbers.</summary>
    private static (double Max, double Step) Scale(double largest, bool integral)
    {
        if (largest <= 0) return (1, integral ? 1 : 0.25);
        var rough = largest / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        if (integral) step = Math.Max(1, step);
        return (Math.Ceiling(largest / step) * step, step);
    }
}
