using NewsArchive.Core.Search;
using NewsArchive.Web.Api;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Exports;

/// <summary>/search.csv and /search.jsonl: every match of a search (up to a limit) as a file, streamed as it is read.</summary>
public static class ExportEndpoints
{
    private static readonly SearchParameter[] ExportParameters =
    [
        new("text", "1: include each article's full text (a larger file).", Microsoft.OpenApi.JsonSchemaType.String, Allowed: ["0", "1"]),
        new("limit", $"The most articles to list, 1 to {ExportOptions.MaxArticles:N0} (the default).", Microsoft.OpenApi.JsonSchemaType.Integer, "1000"),
    ];

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        foreach (var format in ExportFormat.All)
        {
            app.MapGet("/search." + format.Extension, (HttpContext context, IArchive archive, ExportStreamer streamer, TimeProvider clock) => Export(context, archive, streamer, clock, format))
                .WithName("export" + char.ToUpperInvariant(format.Extension[0]) + format.Extension[1..])
                .WithSummary($"Export a search as {format.Name}")
                .WithDescription($"Every match of the search in its order, up to {ExportOptions.MaxArticles:N0}. {format.Layout} Page and size are ignored.")
                .WithSearchParameters(ExportParameters)
                .Produces(StatusCodes.Status200OK, contentType: format.ContentType.Split(';')[0])
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .RequireCors(OpenApiSetup.ReadOnlyCors)
                .WithTags("Feeds and exports");
        }
        return app;
    }

    private static IResult Export(HttpContext context, IArchive archive, ExportStreamer streamer, TimeProvider clock, ExportFormat format)
    {
        var (request, error) = SearchRequestBinder.Bind(context.Request.Query);
        if (error is not null) return Problems.BadParameter(error);
        var (options, optionsError) = ExportOptions.Bind(context.Request.Query);
        if (optionsError is not null) return Problems.BadParameter(optionsError);

        var results = archive.Results(request!, options!.Limit, context.RequestAborted);
        var now = clock.GetUtcNow();
        var header = ExportHeader.Of(request!, options, results, now, context.Request);
        context.Response.Headers["X-Total-Count"] = results.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Stream(_ => streamer.StreamAsync(context, format, header, results, options.WithText), format.ContentType, FileName(request!.Query, format.Extension, now));
    }

    /// <summary>newsarchive-cocoa-2026-11-22.csv: the query's words, so that several exports stay apart in a downloads folder.</summary>
    internal static string FileName(string? query, string extension, DateTimeOffset now, string kind = "")
    {
        var words = new string((query ?? "").Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        words = string.Join('-', words.Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (words.Length > 40) words = words[..40].TrimEnd('-');
        return $"newsarchive-{(kind.Length > 0 ? kind + "-" : "")}{(words.Length > 0 ? words + "-" : "")}{now:yyyy-MM-dd}.{extension}";
    }
}
