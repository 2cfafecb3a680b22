using System.ComponentModel;
using NewsArchive.Core.Search;
using NewsArchive.Core.Stories;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Api;

/// <summary>The JSON API: the same searches and articles as the pages, for scripts.</summary>
public static class ArchiveApi
{
    public static IEndpointRouteBuilder MapArchiveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").RequireCors(OpenApiSetup.ReadOnlyCors).WithTags("Archive");

        api.MapGet("/api/search", (HttpContext context, IArchive archive, Services.SearchLog log) =>
        {
            var (request, error) = SearchRequestBinder.Bind(context.Request.Query);
            if (error is not null) return Problems.BadParameter(error);
            var results = archive.Search(request!, context.RequestAborted);
            log.Searched(results);
            return Results.Ok(SearchResponse.From(results));
        })
            .WithName("search")
            .WithSummary("Search the archive")
            .WithDescription("The same search as the results page, with the same parameters: a page of hits, the total, the facets, spelling advice and stories.")
            .WithSearchParameters(SearchParameters.SearchOnly)
            .Produces<SearchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/api/articles/{**id}", ([Description("The article's id, as a hit gives it.")] string id, IArchive archive) =>
            ArticleIds.CanExist(id) && archive.Article(id, null) is { } view
                ? Results.Ok(ArticleResponse.From(view))
                // Shortened: a path's id may be thousands of characters, and the answer need not repeat them all.
                : Problems.NotFound("No such article", $"There is no article with the id \"{Core.Reading.Headline.Shorten(id, 200)}\"."))
            .WithName("article")
            .WithSummary("One article")
            .WithDescription("The whole article with this id (ids may contain slashes, e.g. seeds/000_0991502cd2966729.txt), and its story.")
            .Produces<ArticleResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/api/articles/compare", (
                [Description("The id of the first article (left).")] string? a,
                [Description("The id of the second article (right).")] string? b,
                IArchive archive) => ArticlePair.Compare(archive, a, b) is var pair && pair.Comparison is { } comparison
                    ? Results.Ok(ArticleComparisonResponse.From(comparison))
                    : pair.Problem == PairProblem.Unknown
                        ? Problems.NotFound("No such article", pair.Error!.Message)
                        // One article twice is, for a program, a mistake in the request like a missing id.
                        : Problems.BadParameter(pair.Error!))
            .WithName("compareArticles")
            .WithSummary("Two articles compared")
            .WithDescription("Any two articles, whatever their stories, sentence by sentence: the sentences both say, what each says alone, the words changed in shared sentences, and the names they spell differently with the outlets using each. " +
                $"Very long articles are compared on their first {Display.Count(Core.Stories.Comparison.VersionComparison.MaxSentences)} sentences. 400 when a or b is missing or both are one article; 404 naming the id no article has.")
            .Produces<ArticleComparisonResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/api/stories/{id}", ([Description("The story's id: 16 hexadecimal digits.")] string id, IArchive archive) =>
            !StoryId.TryParse(id, out var story)
                ? Problems.BadParameter(new ParameterError("id", $"A story id is 16 hexadecimal digits (not \"{Core.Reading.Headline.Shorten(id, 200)}\")."))
                : archive.Story(story) is { } view
                    ? Results.Ok(StoryResponse.From(view))
                    : archive.StoryMergedInto(story) is { } into
                        ? Results.Redirect("/api/stories/" + into, permanent: true)
                        : Problems.NotFound("No such story", $"There is no story with the id \"{id}\"."))
            .WithName("story")
            .WithSummary("One story")
            .WithDescription("The articles that report one story (near-copies and reports of the same event), oldest first, each with its keyword lists (for AllSides its bias); the versions counted by keyword value (facets: 4 left, 3 center, 5 right); and the names they spell differently. A story merged into another (a later report bridged them) answers 301 to the story it is part of.")
            .Produces<StoryResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/healthz", (IArchive archive) => HealthResponse.Of(archive))
            .WithName("health")
            .WithSummary("Whether the archive is open")
            .WithDescription("200 with the number of articles once the index is open and holds articles; 503 while it is missing, being built, damaged or empty, with the state.")
            .Produces<HealthResponse>()
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}

/// <param name="Status">"ok" when the archive answers searches; otherwise "missing" (no index yet), "locked" (being built), "damaged" (cannot be read) or "empty" (open, with no articles).</param>
/// <param name="Articles">Articles in the index (0 when it is not open).</param>
public sealed record HealthResponse(string Status, int Articles)
{
    /// <summary>200 only for an archive that can answer searches with something.</summary>
    public static IResult Of(IArchive archive)
    {
        if (archive.State != IndexState.Open)
            return Results.Json(new HealthResponse(IndexAvailability.Name(archive.State), 0), statusCode: StatusCodes.Status503ServiceUnavailable);
        var articles = archive.ArticleCount;
        return articles > 0
            ? Results.Ok(new HealthResponse("ok", articles))
            : Results.Json(new HealthResponse("empty", 0), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
