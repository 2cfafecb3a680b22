using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Core.Search.Coverage;

/// <summary>
/// Reads a comparison from named parameters (the URL of /compare, /api/compare and the exports):
/// <c>q</c> once per series, <c>by</c> (source, or kw:list) to split one query by a facet,
/// <c>interval</c> (day, week, month, year, auto), <c>measure</c> (count, share), <c>terms</c>
/// (1: each series' characteristic words too), and the search
/// filters every series shares, read by <see cref="SearchRequestReader"/> with the same words.
/// </summary>
public sealed class CoverageRequestReader(Func<string, IEnumerable<string?>> values)
{
    public (CoverageRequest? Request, ParameterError? Error) Read()
    {
        // The filters are a search's, read as a search reads them; the queries are the series'.
        var (filters, error) = new SearchRequestReader(name => name == "q" ? [] : values(name)).Read();
        if (error is not null) return (null, error);

        var given = values("q").ToList();
        if (given.Count > CoverageRequest.MaxSeries)
            return Fail("q", $"q may be given at most {CoverageRequest.MaxSeries} times, one per series (not {given.Count}).");
        var queries = given.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q!.Trim()).ToList();
        foreach (var query in queries)
            if (QueryText.LengthError(query) is { } tooLong) return Fail("q", tooLong);

        Facet? splitBy = null;
        if (Single("by") is { } by && !by.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            if (by.Equals("source", StringComparison.OrdinalIgnoreCase)) splitBy = Facet.Sources;
            else if (by.StartsWith("kw:", StringComparison.OrdinalIgnoreCase) && by.Length > 3) splitBy = Facet.KeywordList(by[3..]);
            else return Fail("by", $"by must be source, kw: and a keyword list (kw:bias), or none (not \"{by}\").");
            if (queries.Count > 1)
                return Fail("by", $"Splitting by a facet takes one query (not {queries.Count}): each of its values is a series.");
        }

        CoverageInterval? interval = null;
        if (Single("interval") is { } intervalText && !intervalText.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            if (!CoverageIntervals.TryParse(intervalText, out var parsed))
                return Fail("interval", $"interval must be auto, {string.Join(", ", CoverageIntervals.Names)} (not \"{intervalText}\").");
            interval = parsed;
        }

        var measure = CoverageMeasure.Count;
        if (Single("measure") is { } measureText)
        {
            if (measureText.Equals("share", StringComparison.OrdinalIgnoreCase)) measure = CoverageMeasure.Share;
            else if (!measureText.Equals("count", StringComparison.OrdinalIgnoreCase)) return Fail("measure", $"measure must be count or share (not \"{measureText}\").");
        }

        var terms = Single("terms") switch
        {
            null or "0" => false,
            "1" => true,
            var other => (bool?)null,
        };
        if (terms is null) return Fail("terms", $"terms must be 1 (list each series' characteristic words) or 0 (not \"{Single("terms")}\").");

        return (new CoverageRequest
        {
            Queries = queries,
            Filters = CoverageRequest.SharedFilters(filters!),
            SplitBy = splitBy,
            Interval = interval,
            Measure = measure,
            Terms = terms.Value,
        }, null);
    }

    private static (CoverageRequest?, ParameterError?) Fail(string parameter, string message) => (null, new ParameterError(parameter, message));

    private string? Single(string name) =>
        values(name).LastOrDefault() is { } last && !string.IsNullOrWhiteSpace(last) ? last.Trim() : null;
}
