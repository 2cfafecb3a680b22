using System.ComponentModel;
using NewsArchive.Core.Search;
using NewsArchive.Core.Stories;
using NewsArchive.Web.Api;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Exports;

/// <summary>
/// /stories/{id}.csv and /stories/{id}.jsonl: a story's versions as a file, the way a search is
/// exported (/search.csv), with the same header record and the same row per article.
/// </summary>
public static class StoryExportEndpoints
{
    private static readonly SearchParameter[] Parameters =
    [
        new("text", "1: include each version's full text (a larger file).", Microsoft.OpenApi.JsonSchemaType.String, Allowed: ["0", "1"]),
        new("limit", $"The most versions to list, 1 to {ExportOptions.MaxArticles:N0} (the default).", Microsoft.OpenApi.JsonSchemaType.Integer),
    ];

    public static IEndpointRouteBuilder MapStoryExports(this IEndpointRouteBuilder app)
    {
        // One route for both formats, so that an unknown one (.xml) is told what it may be rather than
        // falling through to the story page, whose route would take "id.xml" as an id.
        app.MapGet("/stories/{id}.{format}", (
                [Description("The story's id: 16 hexadecimal digits.")] string id,
                [Description("The file format: csv or jsonl.")] string format,
                HttpContext context, IArchive archive, ExportStreamer streamer, TimeProvider clock) =>
                Export(id, format, context, archive, streamer, clock))
            .WithName("exportStory")
            .WithSummary("Export a story's versions as CSV or JSON Lines")
            .WithDescription("Every version of the story, oldest first (undated last), with the same header record and columns as a search's export; the header's query is story:{id} and its search address the story's page. "
                + string.Join(" ", ExportFormat.All.Select(f => $"{f.Name} (.{f.Extension}): {f.Layout}")))
            .WithParameters(Parameters)
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: CsvExport.ContentType.Split(';')[0], JsonLinesExport.ContentType.Split(';')[0])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireCors(OpenApiSetup.ReadOnlyCors)
            .WithTags("Feeds and exports");
        return app;
    }

    private static IResult Export(string id, string format, HttpContext context, IArchive archive, ExportStreamer streamer, TimeProvider clock)
    {
        // A malformed id is no story, as on the story page: 404, not a complaint about the address.
        if (!StoryId.TryParse(id, out var story)) return NoSuchStory(id);
        if (ExportFormat.All.FirstOrDefault(f => f.Extension.Equals(format, StringComparison.OrdinalIgnoreCase)) is not { } chosen)
            return Problems.BadParameter(new ParameterError("format",
                $"A story is exported as {string.Join(" or ", ExportFormat.All.Select(f => "." + f.Extension))} (not \".{Core.Reading.Headline.Shorten(format, 40)}\")."));
        var (options, optionsError) = ExportOptions.Bind(context.Request.Query);
        if (optionsError is not null) return Problems.BadParameter(optionsError);

        if (archive.StoryResults(story, options!.Limit, context.RequestAborted) is not { } versions)
            return archive.StoryMergedInto(story) is { } into
                ? Results.Redirect(SearchLinks.StoryExport(into, chosen.Extension) + context.Request.QueryString, permanent: true)
                : NoSuchStory(id);
        var now = clock.GetUtcNow();
        var header = ExportHeader.OfStory(story, options, versions, now, context.Request);
        context.Response.Headers["X-Total-Count"] = versions.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Stream(_ => streamer.StreamAsync(context, chosen, header, versions, options.WithText), chosen.ContentType, $"newsarchive-story-{story}-{now:yyyy-MM-dd}.{chosen.Extension}");
    }

    private static IResult NoSuchStory(string id) =>
        Problems.NotFound("No such story", $"There is no story with the id \"{Core.Reading.Headline.Shorten(id, 200)}\".");
}
