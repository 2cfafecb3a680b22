using NewsArchive.Core.Search;
using Serilog;

namespace NewsArchive.Web.Services;

/// <summary>One structured event per search, and the query and hits on the request's own log line.</summary>
public sealed class SearchLog(ILogger<SearchLog> logger, IDiagnosticContext diagnostics)
{
    public void Searched(SearchResults results)
    {
        var request = results.Request;
        diagnostics.Set("Query", request.Query);
        diagnostics.Set("Hits", results.Total);
        logger.LogInformation(
            "Search {Query} sources {Sources} from {From} to {To} keywords {Keywords} sort {Sort} page {Page}: {Hits} hits in {Milliseconds:F1} ms",
            request.Query, request.Sources, request.From, request.To, request.Keywords.Select(k => $"{k.List}:{k.Value}"),
            request.EffectiveSort, request.Page, results.Total, results.Elapsed.TotalMilliseconds);
    }
}
