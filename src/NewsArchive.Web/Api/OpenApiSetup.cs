using Microsoft.OpenApi;

namespace NewsArchive.Web.Api;

/// <summary>The OpenAPI description of the machine-readable endpoints, and the CORS policy that lets other sites' scripts read them.</summary>
public static class OpenApiSetup
{
    /// <summary>Any origin may GET the API, feeds and exports; nothing else crosses origins.</summary>
    public const string ReadOnlyCors = "read-only";

    /// <summary>Where the description is served (the document name is <see cref="DocumentName"/>).</summary>
    public const string DocumentPath = "/openapi/v1.json";

    public const string DocumentName = "v1";

    public static IServiceCollection AddArchiveOpenApi(this IServiceCollection services)
    {
        services.AddCors(cors => cors.AddPolicy(ReadOnlyCors, policy => policy.AllowAnyOrigin().WithMethods("GET")));
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "NewsArchive API",
                    Version = "1",
                    Description = "Search a news archive, read its articles and stories, follow searches as Atom feeds and export result sets. " +
                        "Every search endpoint takes the same parameters as the results page (/search). Errors are RFC 7807 problem details. " +
                        "Any origin may read the API (CORS, GET only).",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(SearchParameters.Describe);
            // Every GET answers HEAD too (Infrastructure/ReadMethods), as HTTP expects: listed once, as GET.
            var included = options.ShouldInclude;
            options.ShouldInclude = description => description.HttpMethod != HttpMethods.Head && included(description);
        });
        return services;
    }
}
