using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Web.Api;
using NewsArchive.Web.Coverage;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Pages;

/// <summary>
/// The API page for people: every endpoint, its parameters, answers and fields, read from the
/// same OpenAPI description that programs get, so the two never disagree; with working
/// examples taken from this archive's own articles.
/// </summary>
public sealed class ApiHelpModel(IArchive archive, IServiceProvider services) : PageModel
{
    public OpenApiDocument Document { get; private set; } = null!;

    /// <summary>Endpoints by tag, in the description's order.</summary>
    public IReadOnlyList<IGrouping<string, Endpoint>> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(OpenApiSetup.DocumentName);
        Document = await provider.GetOpenApiDocumentAsync(cancellation);
        var examples = Examples();
        Groups = Document.Paths
            .SelectMany(path => path.Value.Operations!.Select(op => new Endpoint(op.Key.Method, path.Key, op.Value, examples.GetValueOrDefault(op.Value.OperationId ?? ""))))
            .GroupBy(endpoint => endpoint.Operation.Tags?.FirstOrDefault()?.Name ?? "Other")
            .ToList();
    }

    /// <summary>The fields of the JSON schema a response refers to, for the table under an endpoint.</summary>
    public IEnumerable<(string Name, string Type, string? Description)> FieldsOf(IOpenApiSchema? schema) =>
        Resolve(schema)?.Properties?.Select(p => (p.Key, TypeOf(p.Value), p.Value.Description ?? Resolve(p.Value)?.Description)) ?? [];

    public static string TypeOf(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference reference) return reference.Reference.Id ?? "object";
        if (schema.OneOf is { Count: > 0 } choices) return string.Join(" or ", choices.Select(TypeOf));
        if (schema.Type is not { } type) return "any";
        if (type.HasFlag(JsonSchemaType.Array)) return $"list of {(schema.Items is null ? "any" : TypeOf(schema.Items))}";
        var names = Enum.GetValues<JsonSchemaType>().Where(flag => type.HasFlag(flag)).Select(flag => flag.ToString().ToLowerInvariant());
        return string.Join(" or ", names) + (schema.Format is { } format ? $" ({format})" : "");
    }

    public string SchemaName(IOpenApiSchema? schema) => schema is OpenApiSchemaReference reference ? reference.Reference.Id ?? "" : "";

    private IOpenApiSchema? Resolve(IOpenApiSchema? schema) => schema switch
    {
        OpenApiSchemaReference reference when Document.Components?.Schemas?.TryGetValue(reference.Reference.Id ?? "", out var target) == true => target,
        { OneOf.Count: > 0 } choice => choice.OneOf.Select(Resolve).FirstOrDefault(s => s?.Properties is not null),
        _ => schema,
    };

    /// <summary>One working address per endpoint, from the newest article of the archive and a word of its title.</summary>
    private Dictionary<string, string> Examples()
    {
        var newest = archive.Search(new SearchRequest { PageSize = 1, AdviseSpelling = false, Snippets = false }).Hits.FirstOrDefault();
        var word = newest?.Title.PlainText.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => w.Length > 4 && w.All(char.IsLetter))?.ToLowerInvariant() ?? "news";
        var search = new SearchRequest { Query = word };
        var examples = new Dictionary<string, string>
        {
            ["search"] = SearchLinks.Api(search with { PageSize = 5 }),
            ["feed"] = SearchLinks.Feed(search),
            ["exportCsv"] = SearchLinks.Export(search, "csv"),
            ["exportJsonl"] = SearchLinks.Export(search, "jsonl"),
            ["suggest"] = "/suggest?q=" + Uri.EscapeDataString(word[..Math.Min(3, word.Length)]),
            ["health"] = "/healthz",
            ["terms"] = "/api/terms" + SearchLinks.QueryString(search with { PageSize = SearchRequestReader.DefaultPageSize }) + "&max=10",
            ["compare"] = CoverageLinks.Api(new CoverageRequest { Queries = [word], SplitBy = Facet.Sources }),
            ["exportCompareCsv"] = CoverageLinks.Export(new CoverageRequest { Queries = [word] }, "csv"),
            ["exportCompareJson"] = CoverageLinks.Export(new CoverageRequest { Queries = [word], Measure = CoverageMeasure.Share }, "json"),
        };
        if (newest is not null)
        {
            examples["article"] = "/api" + SearchLinks.Article(newest.Id, null);
            var story = archive.Search(new SearchRequest { Query = word, OnePerStory = true, PageSize = 10, AdviseSpelling = false, Snippets = false }).Hits.FirstOrDefault(h => h.Story is not null)?.Story;
            if (story is not null)
            {
                examples["story"] = "/api/stories/" + story.Id;
                examples["exportStory"] = SearchLinks.StoryExport(story.Id, "csv");
            }
            var other = archive.Search(new SearchRequest { Query = word, PageSize = 2, AdviseSpelling = false, Snippets = false }).Hits.FirstOrDefault(h => h.Id != newest.Id);
            if (other is not null) examples["compareArticles"] = "/api" + SearchLinks.CompareArticles(newest.Id, other.Id);
        }
        return examples;
    }

    public sealed record Endpoint(string Method, string Path, OpenApiOperation Operation, string? Example);
}
