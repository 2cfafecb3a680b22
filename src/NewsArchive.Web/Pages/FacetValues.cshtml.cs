using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Pages;

/// <summary>Every value of one facet with its count for the current search, to find and choose one the sidebar has no room for.</summary>
public sealed class FacetValuesModel(IArchive archive) : PageModel
{
    /// <summary>Longer filters than this cannot match any value worth finding.</summary>
    public const int MaxFilterLength = 200;

    public SearchRequest Search { get; private set; } = null!;

    public Facet Facet { get; private set; } = null!;

    /// <summary>Every value, chosen or not, most frequent first.</summary>
    public IReadOnlyList<FacetChoice> All { get; private set; } = [];

    /// <summary>The values whose name contains <see cref="Filter"/>; all of them without one.</summary>
    public IReadOnlyList<FacetChoice> Shown { get; private set; } = [];

    public string? Filter { get; private set; }

    public ParameterError? Error { get; private set; }

    public IActionResult OnGet(string kind, string? list)
    {
        Facet? facet = (kind, list) switch
        {
            ("source", null) => Facet.Sources,
            ("kw", { Length: > 0 } name) => Facet.KeywordList(name),
            _ => null,
        };
        if (facet is null) return NotFound();
        Facet = facet;

        var (search, error) = SearchRequestBinder.Bind(Request.Query);
        ViewData["Query"] = Request.Query["q"].LastOrDefault();
        Filter = Request.Query["filter"].LastOrDefault()?.Trim() is { Length: > 0 } filter ? filter : null;
        if (error is null && Filter?.Length > MaxFilterLength)
            error = new ParameterError("filter", $"The filter is too long: at most {MaxFilterLength} characters.");
        if (error is not null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // A value typed in the query (bias:left) is listed as ticked, and unticking it takes it out of the query.
        Search = archive.Ticked(search!);
        ViewData[SearchLinks.WithinKey] = Search;
        if (archive.FacetValues(Search, facet) is not { } values) return NotFound();
        All = FacetLists.All(values, facet, Search);
        Shown = Filter is null ? All : All.Where(c => c.Value.Contains(Filter, StringComparison.OrdinalIgnoreCase)).ToList();
        return Page();
    }
}
