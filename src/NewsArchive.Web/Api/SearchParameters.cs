using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NewsArchive.Core.Search;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Api;

/// <summary>A query-string parameter of a search, as the OpenAPI description and the API page list it.</summary>
public sealed record SearchParameter(string Name, string Description, JsonSchemaType Type, string? Example = null, bool Repeatable = false, IReadOnlyList<string>? Allowed = null);

/// <summary>
/// The parameters every search endpoint reads (the page, the API, the feed and the exports all
/// bind them with <see cref="SearchRequestBinder"/>). Minimal APIs cannot see them, since they
/// are read from the query string by hand, so endpoints that take them are marked with
/// <see cref="WithSearchParameters"/> and the OpenAPI description gets them from this list.
/// </summary>
public static class SearchParameters
{
    public static readonly SearchParameter Query =
        new("q", $"The search: words (all must match, in any English form), \"a phrase\", -excluded, either OR other, prefix*, fuzzy~, title:word, source:name. Empty browses everything. At most {QueryText.MaxLength:N0} characters.", JsonSchemaType.String, "cocoa");

    public static readonly IReadOnlyList<SearchParameter> Common =
    [
        Query,
        new("source", "Only articles from this outlet; repeat for any of several.", JsonSchemaType.String, "Reuters", Repeatable: true),
        new("from", "Only articles published on or after this day (YYYY-MM-DD, UTC); a month (YYYY-MM) or year (YYYY) means its first day.", JsonSchemaType.String, "1987-03-01"),
        new("to", "Only articles published on or before this day (YYYY-MM-DD, UTC); a month (YYYY-MM) or year (YYYY) means its last day.", JsonSchemaType.String, "1987-03-31"),
        new("kw", "Only articles with this keyword value, written list:value (e.g. topics:cocoa); repeat for several: any value of one list, and every list.", JsonSchemaType.String, "topics:cocoa", Repeatable: true),
        new("exact", "1: match words only as typed, without their other forms.", JsonSchemaType.String, Allowed: ["0", "1"]),
        new("sort", "Order: relevance (the default with words), newest (the default without), oldest, added (newest to the archive first), or random (a random order fixed by seed: its first hits are a uniform random sample of the matches).", JsonSchemaType.String, Allowed: SearchSorts.Names),
        new("seed", $"With sort=random: which random order, a whole number from 0 (the default) to {int.MaxValue:N0}. The same seed gives the same sample, on any later commit of the index too (articles added since fall in among them).", JsonSchemaType.Integer, "42"),
        new("group", "story: one hit per story (its best-ranked version), counted by stories; none (the default): every article.", JsonSchemaType.String, Allowed: ["none", "story"]),
    ];

    /// <summary>The search's own: a page of hits, and the spelling correction that stands in for a query finding nothing.</summary>
    public static readonly IReadOnlyList<SearchParameter> SearchOnly =
    [
        new("astyped", "1: search the query as typed even when it finds nothing; without it such a query is answered with the results of its spelling correction (correctedFrom).", JsonSchemaType.String, Allowed: ["0", "1"]),
        new("page", $"The page of hits, from 1; pages end at hit {SearchRequest.MaxResultWindow:N0}.", JsonSchemaType.Integer, "1"),
        new("size", $"Hits per page, 1 to {SearchRequest.MaxPageSize}; {SearchRequestReader.DefaultPageSize} by default.", JsonSchemaType.Integer, "10"),
    ];

    /// <summary>Marks an endpoint as taking the search's parameters, and <paramref name="extra"/> of its own.</summary>
    public static RouteHandlerBuilder WithSearchParameters(this RouteHandlerBuilder endpoint, params IEnumerable<SearchParameter> extra) =>
        endpoint.WithParameters([.. Common, .. extra]);

    /// <summary>Marks an endpoint as taking exactly these query-string parameters.</summary>
    public static RouteHandlerBuilder WithParameters(this RouteHandlerBuilder endpoint, params IEnumerable<SearchParameter> parameters) =>
        endpoint.WithMetadata(new Marker([.. parameters]));

    /// <summary>Adds the parameters of marked endpoints to their operations in the OpenAPI description.</summary>
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Marker>().FirstOrDefault() is not { } marker) return Task.CompletedTask;
        operation.Parameters ??= [];
        foreach (var parameter in marker.Parameters)
            operation.Parameters.Add(ToOpenApi(parameter));
        return Task.CompletedTask;
    }

    private static OpenApiParameter ToOpenApi(SearchParameter parameter)
    {
        var value = new OpenApiSchema { Type = parameter.Type };
        if (parameter.Allowed is { } allowed) value.Enum = [.. allowed.Select(a => (JsonNode)a)];
        return new OpenApiParameter
        {
            Name = parameter.Name,
            In = ParameterLocation.Query,
            Description = parameter.Description,
            Required = false,
            Schema = parameter.Repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = value } : value,
            Example = ExampleOf(parameter),
        };
    }

    private static JsonNode? ExampleOf(SearchParameter parameter)
    {
        if (parameter.Example is not { } example) return null;
        JsonNode value = parameter.Type == JsonSchemaType.Integer ? JsonValue.Create(int.Parse(example)) : JsonValue.Create(example);
        return parameter.Repeatable ? new JsonArray(value) : value;
    }

    private sealed record Marker(IReadOnlyList<SearchParameter> Parameters);
}
