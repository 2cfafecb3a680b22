using NewsArchive.Core.Search;
using NewsArchive.Core.Stories;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Api;

/// <summary>The JSON API: the same searches and articles as the pages, for scripts.</summary>
public static class ArchiveApi
{
    public static IEndpointRouteBuilder MapArchiveApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (HttpContext context, ArchiveSearcher searcher, Services.SearchLog log) =>
        {
            var (request, error) = SearchRequestBinder.Bind(context.Request.Query);
            if (error is not null) return BadParameter(error);
            var results = searcher.Search(request!);
            log.Searched(results);
            return Results.Ok(SearchResponse.From(results));
        });

        app.MapGet("/api/articles/{**id}", (string? id, ArchiveSearcher searcher) =>
            !string.IsNullOrWhiteSpace(id) && searcher.Article(id, null) is { } view
                ? Results.Ok(ArticleResponse.From(view))
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"There is no article with the id \"{id}\"."));

        app.MapGet("/api/stories/{id}", (string id, ArchiveSearcher searcher) =>
            !StoryId.TryParse(id, out var story)
                ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid parameter: id", detail: $"A story id is 16 hexadecimal digits (not \"{id}\").",
                    extensions: new Dictionary<string, object?> { ["parameter"] = "id" })
                : searcher.Story(story) is { } view
                    ? Results.Ok(StoryResponse.From(view))
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story", detail: $"There is no story with the id \"{id}\"."));

        app.MapGet("/healthz", (ArchiveIndex index) => Results.Ok(new { status = "ok", articles = index.ArticleCount }));
        return app;
    }

    private static IResult BadParameter(ParameterError error) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid parameter: {error.Parameter}",
            detail: error.Message,
            extensions: new Dictionary<string, object?> { ["parameter"] = error.Parameter });
}
