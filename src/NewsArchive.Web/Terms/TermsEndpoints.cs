using System.Diagnostics;
using Microsoft.OpenApi;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Terms;
using NewsArchive.Web.Api;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Terms;

/// <summary>/api/terms: the words most characteristic of a search's matches.</summary>
public static class TermsEndpoints
{
    private static readonly SearchParameter Max =
        new("max", $"How many words, 1 to {TopTerms.MaxTerms}; {TopTerms.DefaultTerms} by default.", JsonSchemaType.Integer, "20");

    private static readonly SearchParameter Seed =
        new("seed", $"Which random sample of the matches is read when there are more than {TopTerms.MaxRead:N0}: a whole number, 0 by default; the same seed, the same words.", JsonSchemaType.Integer, "0");

    public static IEndpointRouteBuilder MapTerms(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/terms", (HttpContext context, IArchive archive) =>
            {
                var (request, error) = SearchRequestBinder.Bind(context.Request.Query);
                if (error is not null) return Problems.BadParameter(error);
                var (max, maxError) = ReadMax(context.Request.Query["max"].LastOrDefault());
                if (maxError is not null) return Problems.BadParameter(maxError);
                var clock = Stopwatch.StartNew();
                var terms = archive.Terms(request!, max, TopTerms.MaxRead, context.RequestAborted);
                return Results.Ok(TermsResponse.From(terms, clock.Elapsed));
            })
            .WithName("terms")
            .WithSummary("Words characteristic of a search's matches")
            .WithDescription($"The words the matches use more than the archive as a whole, ranked by log-likelihood (G²), each with how many of the matches and of the archive hold it, and the search with it added. Counted over all matches, or over a random sample of {TopTerms.MaxRead:N0} when there are more (the note says which). The query's own words and their other forms are left out, as are stop words, numbers and words in fewer than {TopTerms.MinMatches} of the matches read.")
            .WithParameters([.. SearchParameters.Common.Where(p => p.Name is not ("sort" or "seed" or "group")), Seed, Max])
            .Produces<TermsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireCors(OpenApiSetup.ReadOnlyCors)
            .WithTags("Archive");
        return app;
    }

    public static (int Max, ParameterError? Error) ReadMax(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (TopTerms.DefaultTerms, null);
        return int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var max) && max is >= 1 and <= TopTerms.MaxTerms
            ? (max, null)
            : (0, new ParameterError("max", $"max must be a whole number from 1 to {TopTerms.MaxTerms} (not \"{text}\")."));
    }
}
