using NewsArchive.Core.Search;
using NewsArchive.Web.Api;

namespace NewsArchive.Web.BrowserSearch;

/// <summary>/opensearch.xml and /suggest: the archive as a search engine of the browser, and suggestions as one types.</summary>
public static class BrowserSearchEndpoints
{
    /// <summary>Suggestions given at most: about what a browser's list or the search box shows.</summary>
    public const int MaxSuggestions = 8;

    public static IEndpointRouteBuilder MapBrowserSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/opensearch.xml", (HttpContext context) =>
                Results.Text(OpenSearchDescription.Xml(context.Request), OpenSearchDescription.ContentType, System.Text.Encoding.UTF8))
            .ExcludeFromDescription();

        app.MapGet("/suggest", (HttpContext context, IArchive archive) =>
            {
                var text = context.Request.Query["q"].LastOrDefault() ?? "";
                if (QueryText.LengthError(text) is { } tooLong) return Problems.BadParameter(new ParameterError("q", tooLong));
                // The charset named, as for every text the site serves: the completions are the archive's words, in any script.
                return Results.Text(SuggestionsResponse.Json(text, archive.Suggest(text, MaxSuggestions)), SuggestionsResponse.ContentType, System.Text.Encoding.UTF8);
            })
            .WithName("suggest")
            .WithSummary("Suggestions as a query is typed")
            .WithDescription($"The OpenSearch suggestions format: [query, [completions…], [], []]. Up to {MaxSuggestions}: frequent words of the archive that complete the last word (from two letters on), then titles of articles the query finds.")
            .WithParameters(SearchParameters.Query)
            .Produces(StatusCodes.Status200OK, contentType: SuggestionsResponse.ContentType)
            .RequireCors(OpenApiSetup.ReadOnlyCors)
            .WithTags("Browser search");
        return app;
    }
}
