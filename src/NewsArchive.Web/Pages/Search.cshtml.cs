using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Web.Infrastructure;
using NewsArchive.Web.Services;

namespace NewsArchive.Web.Pages;

public sealed class SearchModel(IArchive archive, SearchLog log) : PageModel
{
    /// <summary>The results; null when a parameter was invalid.</summary>
    public SearchResults? Results { get; private set; }

    public ParameterError? Error { get; private set; }

    public IActionResult OnGet()
    {
        var (search, error) = SearchRequestBinder.Bind(Request.Query);
        ViewData["Query"] = Request.Query["q"].LastOrDefault();
        if (error is not null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        ViewData[SearchLinks.WithinKey] = search;
        Results = archive.Search(search!, HttpContext.RequestAborted);
        log.Searched(Results);
        return Page();
    }
}
