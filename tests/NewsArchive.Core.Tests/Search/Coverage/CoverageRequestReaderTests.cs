using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Coverage;

namespace NewsArchive.Core.Tests.Search.Coverage;

/// <summary>A comparison read from its URL's parameters, and the mistakes it refuses with the parameter named.</summary>
public class CoverageRequestReaderTests
{
    private static (CoverageRequest? Request, ParameterError? Error) Read(params (string Name, string Value)[] parameters) =>
        new CoverageRequestReader(name => parameters.Where(p => p.Name == name).Select(p => (string?)p.Value)).Read();

    [Fact]
    public void Reads_SeriesSplitIntervalMeasureAndSharedFilters()
    {
        var (request, error) = Read(("q", "immigration"), ("by", "kw:bias"), ("interval", "year"), ("measure", "share"),
            ("kw", "topic:elections"), ("source", "Reuters"), ("from", "2012"), ("to", "2020"), ("exact", "1"), ("page", "3"), ("sort", "oldest"));

        Assert.Null(error);
        Assert.Equal(["immigration"], request!.Queries);
        Assert.Equal(Facet.KeywordList("bias"), request.SplitBy);
        Assert.Equal((CoverageInterval.Year, CoverageMeasure.Share), (request.Interval, request.Measure));
        // Only what every series shares: a page and an order are a results page's, not a chart's.
        var filters = request.Filters;
        Assert.Equal(["Reuters"], filters.Sources);
        Assert.Equal([new KeywordFilter("topic", "elections")], filters.Keywords);
        Assert.Equal((new DateOnly(2012, 1, 1), new DateOnly(2020, 12, 31), true), (filters.From, filters.To, filters.ExactWords));
        Assert.Equal(((SearchSort?)null, 1, (string?)null), (filters.Sort, filters.Page, filters.Query));
    }

    [Fact]
    public void BlankQueries_AreDropped_AndNoneAtAllIsOneSeriesOfEverything()
    {
        var (request, _) = Read(("q", ""), ("q", "  "));

        Assert.Empty(request!.Queries);
        Assert.Null(Assert.Single(request.SeriesRequests()).Query);
        Assert.Null(request.Interval);
        Assert.Equal(CoverageMeasure.Count, request.Measure);
    }

    [Fact]
    public void Queries_KeepTheirOrder()
    {
        var (request, _) = Read(("q", "wall"), ("q", "asylum"), ("q", "dreamers"));

        Assert.Equal(["wall", "asylum", "dreamers"], request!.SeriesRequests().Select(s => s.Query));
    }

    [Theory]
    [InlineData("by", "by", "kw:bias", "q", "a", "q", "b")]
    [InlineData("by", "by", "kw:")]
    [InlineData("by", "by", "bias")]
    [InlineData("interval", "interval", "fortnight")]
    [InlineData("measure", "measure", "percent")]
    [InlineData("from", "from", "yesterday")]
    [InlineData("kw", "kw", "bias")]
    public void Mistakes_AreRefused_NamingTheParameter(string parameter, params string[] pairs)
    {
        var given = pairs.Chunk(2).Select(p => (p[0], p[1])).ToArray();

        var (request, error) = Read(given);

        Assert.Null(request);
        Assert.Equal(parameter, error!.Parameter);
    }

    [Fact]
    public void MoreSeriesThanTheChartHolds_AreRefused()
    {
        var (_, error) = Read([.. Enumerable.Range(1, CoverageRequest.MaxSeries + 1).Select(i => ("q", "word" + i))]);

        Assert.Equal("q", error!.Parameter);
        Assert.Contains($"at most {CoverageRequest.MaxSeries}", error.Message);
    }

    [Fact]
    public void ATooLongQuery_IsRefused()
    {
        var (_, error) = Read(("q", "ok"), ("q", new string('a', QueryText.MaxLength + 1)));

        Assert.Equal("q", error!.Parameter);
    }

    [Theory]
    [InlineData("source")]
    [InlineData("SOURCE")]
    [InlineData("none")]
    [InlineData("auto")]
    public void SplitAndIntervalWords_AreReadInAnyCase(string word)
    {
        var (request, error) = Read(("by", word == "auto" ? "none" : word), ("interval", word == "auto" ? "AUTO" : "auto"));

        Assert.Null(error);
        Assert.Equal(word.Equals("source", StringComparison.OrdinalIgnoreCase) ? Facet.Sources : null, request!.SplitBy);
        Assert.Null(request.Interval);
    }
}
