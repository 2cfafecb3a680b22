using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Coverage;
using NewsArchive.Web.Coverage;

namespace NewsArchive.Web.Pages;

/// <summary>Coverage over time compared: several searches, or one split by a facet, on one chart and in one table.</summary>
public sealed class CompareModel(IArchive archive, TimeProvider clock) : PageModel
{
    /// <summary>What was asked; null when a parameter was invalid.</summary>
    public CoverageRequest? Asked { get; private set; }

    /// <summary>The chart; null when a parameter was invalid.</summary>
    public CoverageChart? Chart { get; private set; }

    public ParameterError? Error { get; private set; }

    /// <summary>The archive's keyword lists, which a search can be split by beside its sources.</summary>
    public IReadOnlyList<string> KeywordLists { get; private set; } = [];

    public IActionResult OnGet()
    {
        ViewData["HideHeaderSearch"] = true;
        var (request, error) = CoverageRequestBinder.Bind(Request.Query);
        if (error is null)
        {
            Asked = request;
            (Chart, error) = CoverageBuilder.Build(archive, request!, clock.GetUtcNow(), HttpContext.RequestAborted);
        }
        // Every list of the archive: browsing everything is counted once per reader, so this costs nothing.
        KeywordLists = [.. archive.Search(new SearchRequest { PageSize = 1, Snippets = false, AdviseSpelling = false }, HttpContext.RequestAborted).Keywords.Keys.Order(StringComparer.Ordinal)];
        if (error is not null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
