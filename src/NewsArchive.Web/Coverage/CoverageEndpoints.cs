using System.Text.Json;
using Microsoft.OpenApi;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Core.Search.Terms;
using NewsArchive.Web.Api;
using NewsArchive.Web.Exports;

namespace NewsArchive.Web.Coverage;

/// <summary>/api/compare, /compare.csv and /compare.json: the numbers of a comparison's chart, for scripts and spreadsheets.</summary>
public static class CoverageEndpoints
{
    public static readonly IReadOnlyList<SearchParameter> Parameters =
    [
        new("q", $"One series' search, as q of a search reads it (a facet value typed in it, bias:left, is a filter of that series only); repeat for up to {CoverageRequest.MaxSeries} series. None compares all articles.", JsonSchemaType.String, "immigration", Repeatable: true),
        new("by", $"Split the one search into a series per value of a facet: source, or kw: and a keyword list (kw:bias). The values chosen by source or kw for that facet, or else the {CoverageRequest.MaxSeries} with the most matches.", JsonSchemaType.String, "kw:bias"),
        new("interval", $"The periods: day, week (ISO, Monday to Sunday), month or year; auto (the default) takes the finest giving at most {CoverageRequest.MaxAutoPeriods} periods. An interval giving more than {CoverageRequest.MaxPeriods:N0} is replaced by the finest that does not, with a notice.", JsonSchemaType.String, Allowed: ["auto", .. CoverageIntervals.Names]),
        new("measure", "count (the default) or share: the matches as a percentage of the period's articles that pass the series' filters (of center's articles, for bias:center). Both are always given; this is what the page charts.", JsonSchemaType.String, Allowed: ["count", "share"]),
        new("terms", $"1: also each series' {CoverageBuilder.SeriesTerms} most characteristic words, as /api/terms gives them (slower: the text of up to {TopTerms.MaxRead:N0} matches a series is read).", JsonSchemaType.String, Allowed: ["0", "1"]),
        .. SearchParameters.Common.Where(p => p.Name is "source" or "from" or "to" or "kw" or "exact"),
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IEndpointRouteBuilder MapCoverage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/compare", (HttpContext context, IArchive archive, TimeProvider clock) =>
                Compare(context, archive, clock, coverage => Results.Ok(coverage)))
            .WithName("compare")
            .WithSummary("Coverage over time, compared")
            .WithDescription("Up to 6 series counted over the same periods, from one snapshot of the archive: each search's matches per period, the period's articles that pass its filters, and the share. The same numbers as the compare page's chart and table.")
            .WithParameters(Parameters)
            .Produces<CoverageResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireCors(OpenApiSetup.ReadOnlyCors)
            .WithTags("Archive");

        app.MapGet("/compare.csv", (HttpContext context, IArchive archive, TimeProvider clock) =>
                Compare(context, archive, clock, coverage => Results.Stream(
                    output => CoverageCsv.WriteAsync(output, coverage, context.RequestAborted), CsvExport.ContentType, FileName(coverage, "csv")), withTerms: false))
            .WithName("exportCompareCsv")
            .WithSummary("Export a comparison as CSV")
            .WithDescription("The compare page's numbers: comment lines (# name: value) giving the queries, filters, split, interval, measure, time of export and index version, then a header row, then one row per series and period (series, query, period, from, to, count, articles, share, too few, partial).")
            .WithParameters(Parameters)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireCors(OpenApiSetup.ReadOnlyCors)
            .WithTags("Feeds and exports");

        app.MapGet("/compare.json", (HttpContext context, IArchive archive, TimeProvider clock) =>
                Compare(context, archive, clock, coverage => Results.File(
                    JsonSerializer.SerializeToUtf8Bytes(coverage, Json), "application/json", FileName(coverage, "json"))))
            .WithName("exportCompareJson")
            .WithSummary("Export a comparison as JSON")
            .WithDescription("The same document as /api/compare, as a file to keep beside a published chart.")
            .WithParameters(Parameters)
            .Produces<CoverageResponse>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireCors(OpenApiSetup.ReadOnlyCors)
            .WithTags("Feeds and exports");
        return app;
    }

    /// <param name="withTerms">Whether the answer can hold each series' words when asked (the CSV holds only numbers: they are not read for it).</param>
    private static IResult Compare(HttpContext context, IArchive archive, TimeProvider clock, Func<CoverageResponse, IResult> answer, bool withTerms = true)
    {
        var (request, error) = CoverageRequestBinder.Bind(context.Request.Query);
        if (error is not null) return Problems.BadParameter(error);
        var now = clock.GetUtcNow();
        var (chart, chartError) = CoverageBuilder.Build(archive, request! with { Terms = request.Terms && withTerms }, now, context.RequestAborted);
        return chartError is not null ? Problems.BadParameter(chartError) : answer(CoverageResponse.From(chart!, now, context.Request));
    }

    /// <summary>newsarchive-compare-immigration-2026-12-05.csv.</summary>
    private static string FileName(CoverageResponse coverage, string extension) =>
        ExportEndpoints.FileName(string.Join(' ', coverage.Header.Queries), extension, DateTimeOffset.Parse(coverage.Header.ExportedAt, System.Globalization.CultureInfo.InvariantCulture), "compare");
}
