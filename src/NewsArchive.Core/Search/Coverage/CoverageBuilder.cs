using System.Diagnostics;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Terms;

namespace NewsArchive.Core.Search.Coverage;

/// <summary>
/// Makes a chart of coverage from what any archive counts (<see cref="IArchive.Coverage"/>): the
/// series (a query each, or one query split by a facet's values), the periods of a span they share,
/// and each series' matches and articles per period, so that every engine charts the same way.
/// </summary>
public static class CoverageBuilder
{
    /// <summary>Characteristic words listed per series.</summary>
    public const int SeriesTerms = 15;

    public static (CoverageChart? Chart, ParameterError? Error) Build(IArchive archive, CoverageRequest request, DateTimeOffset now, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var notices = new List<string>();
        var (series, error) = SeriesOf(archive, request, notices, cancellation);
        if (error is not null) return (null, error);

        var counts = archive.Coverage(series.Select(s => s.Request).ToList(), cancellation);
        var plausible = counts.Series.SelectMany(s => s.Matches.Keys).Where(day => PlausibleDates.IsPlausible(day, now)).ToList();
        // Nothing dated matches: no span to chart.
        var interval = request.Interval ?? CoverageInterval.Month;
        var periods = plausible.Count == 0 ? [] : Periods(request, plausible, counts.Dated, now, notices, out interval);

        var index = periods.Select((period, i) => (period.Start, i)).ToDictionary(p => p.Start, p => p.i);
        var charted = counts.Series.Select((counted, i) =>
        {
            var matches = new int[periods.Count];
            var bases = new int[periods.Count];
            var impossible = 0;
            foreach (var (day, count) in counted.Matches)
            {
                if (!PlausibleDates.IsPlausible(day, now)) impossible += count;
                else if (index.TryGetValue(interval.PeriodStart(day), out var at)) matches[at] += count;
            }
            foreach (var (day, count) in counted.Base)
                if (index.TryGetValue(interval.PeriodStart(day), out var at)) bases[at] += count;
            return new CoverageSeries(
                series[i].Label,
                counted.Request,
                counted.Total,
                counted.Undated,
                impossible,
                matches.Select((count, at) => new CoveragePoint(count, bases[at])).ToList(),
                counted.Notice);
        }).ToList();

        if (request.Terms) charted = WithTerms(archive, charted, cancellation);
        return (new CoverageChart(request, interval, periods, charted, notices, counts.IndexVersion, counts.IndexArticles) { Elapsed = clock.Elapsed }, null);
    }

    /// <summary>Words characteristic of each series: each reads up to a thousand texts, so the series are asked side by side.</summary>
    private static List<CoverageSeries> WithTerms(IArchive archive, List<CoverageSeries> series, CancellationToken cancellation)
    {
        var terms = new TopTerms[series.Count];
        Parallel.For(0, series.Count, new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => terms[i] = archive.Terms(series[i].Request, SeriesTerms, TopTerms.MaxRead, cancellation));
        return series.Select((s, i) => s with { Terms = terms[i] }).ToList();
    }

    /// <summary>
    /// The series' labels and searches: a query each, or the values of the split facet the query
    /// chose (kw=bias:left&amp;kw=bias:right), or else those with the most matches.
    /// </summary>
    private static (IReadOnlyList<(string Label, SearchRequest Request)> Series, ParameterError? Error) SeriesOf(
        IArchive archive, CoverageRequest request, List<string> notices, CancellationToken cancellation)
    {
        var searches = request.SeriesRequests();
        if (request.SplitBy is not { } facet)
            return (searches.Select(s => (s.HasQuery ? s.Query! : "All articles", s)).ToList(), null);

        // Facet values typed in the query (immigration bias:left) count as chosen, as on the results page.
        var split = archive.Ticked(searches[0], cancellation);
        var chosen = facet.SelectedValues(split);
        IReadOnlyList<string> values;
        if (chosen.Count > 0)
        {
            values = chosen.Distinct(facet.ValueComparer).ToList();
        }
        else
        {
            if (archive.FacetValues(split, facet, cancellation) is not { } counted)
                return ([], new ParameterError("by", $"No article has the keyword list \"{facet.List}\"."));
            values = counted.Where(v => v.Count > 0).Select(v => v.Value).ToList();
        }
        if (values.Count > CoverageRequest.MaxSeries)
            notices.Add($"Split into the {CoverageRequest.MaxSeries} {(chosen.Count > 0 ? "first chosen values" : "values with the most matches")} of {values.Count:N0}.");
        return (values.Take(CoverageRequest.MaxSeries).Select(value => (value, Only(split, facet, value))).ToList(), null);
    }

    /// <summary>The search restricted to one value of the facet (its other choices of that facet dropped).</summary>
    private static SearchRequest Only(SearchRequest request, Facet facet, string value) => facet.List is null
        ? request with { Sources = [value] }
        : request with { Keywords = [.. request.Keywords.Where(k => k.List != facet.List), new KeywordFilter(facet.List, value)] };

    /// <summary>
    /// The periods from the chosen first day (or the first match) to the chosen last day (or the
    /// last match), each partial when the chosen days or <paramref name="held"/> (the archive's
    /// first and last dated days) cut it, of the interval asked, or of the finest giving at most
    /// <see cref="CoverageRequest.MaxAutoPeriods"/>; an interval giving more than
    /// <see cref="CoverageRequest.MaxPeriods"/> gives way to the finest that does not, and says so.
    /// </summary>
    private static List<CoveragePeriod> Periods(CoverageRequest request, List<DateOnly> days, (DateOnly First, DateOnly Last)? held, DateTimeOffset now, List<string> notices, out CoverageInterval interval)
    {
        // Chosen dates beyond any plausible one (from=0001) are held to the plausible: no archive
        // has a match there, and the years between would make a chart of thousands of empty periods.
        var first = Max(request.Filters.From ?? days.Min(), new DateOnly(PlausibleDates.MinYear, 1, 1));
        var last = Min(request.Filters.To ?? days.Max(), DateOnly.FromDateTime((now + PlausibleDates.FutureSlack).UtcDateTime));
        if (last < first) (first, last) = (days.Min(), days.Max());

        if (request.Interval is { } asked)
        {
            interval = asked;
            if (asked.PeriodCount(first, last) > CoverageRequest.MaxPeriods)
            {
                interval = Enum.GetValues<CoverageInterval>().First(i => i > asked && i.PeriodCount(first, last) <= CoverageRequest.MaxPeriods);
                notices.Add($"By {asked.Name()} the chart would have {asked.PeriodCount(first, last):N0} periods, more than {CoverageRequest.MaxPeriods:N0}: shown by {interval.Name()}. Narrow the dates to see it by {asked.Name()}.");
            }
        }
        else
        {
            interval = Enum.GetValues<CoverageInterval>().FirstOrDefault(i => i.PeriodCount(first, last) <= CoverageRequest.MaxAutoPeriods, CoverageInterval.Year);
        }

        var periods = new List<CoveragePeriod>();
        for (var start = interval.PeriodStart(first); start <= last; start = interval.Next(start))
        {
            var end = interval.Next(start);
            var final = end.AddDays(-1);
            var partial = (request.Filters.From is { } from && start < from) || (request.Filters.To is { } to && final > to)
                // The archive's first or last day inside the period: the archive starts, or ends
                // (this month, so far), part of the way through it.
                || (held is { } archive && ((start < archive.First && archive.First <= final) || (start <= archive.Last && archive.Last < final)));
            periods.Add(new CoveragePeriod(start, end, interval.Label(start), partial));
        }
        return periods;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
