using NewsArchive.Core.Search;
using NewsArchive.Web.Api;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Feeds;

/// <summary>/search.atom: any search as a feed to follow.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search.atom", (HttpContext context, IArchive archive) =>
            {
                var (request, error) = SearchRequestBinder.Bind(context.Request.Query);
                if (error is not null) return Problems.BadParameter(error);
                var entries = context.Request.Query.ContainsKey("size") ? request!.PageSize : SearchFeed.DefaultEntries;
                var results = archive.Search(request! with { Sort = SearchSort.Added, Page = 1, PageSize = entries, AdviseSpelling = false }, context.RequestAborted);
                return Results.Bytes(SearchFeed.ToAtom(SearchFeed.Build(results, context.Request)), SearchFeed.ContentType);
            })
            .WithName("feed")
            .WithSummary("Follow a search as an Atom feed")
            .WithDescription($"The search's matches newest to the archive first (the time indexed, so back-filled articles reach subscribers too), {SearchFeed.DefaultEntries} unless size says otherwise. Sort and page are ignored.")
            .WithSearchParameters(new SearchParameter("size", $"Entries, 1 to {SearchRequest.MaxPageSize}; {SearchFeed.DefaultEntries} by default.", Microsoft.OpenApi.JsonSchemaType.Integer, "30"))
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireCors(OpenApiSetup.ReadOnlyCors)
            .WithTags("Feeds and exports");
        return app;
    }
}
