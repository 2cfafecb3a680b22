using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Pages;

/// <summary>
/// Any two articles of the archive side by side (/articles/compare?a=&amp;b=), whatever their
/// stories. A missing (400) or unknown (404) id is said, with the id, never replaced by another
/// article; one article asked twice is said too.
/// </summary>
public sealed class CompareArticlesModel(IArchive archive) : PageModel
{
    public ComparedPair Pair { get; private set; } = null!;

    /// <summary>The ids asked for, to fill the form in again.</summary>
    public string? A { get; private set; }

    public string? B { get; private set; }

    public void OnGet(string? a, string? b)
    {
        (A, B) = (a, b);
        Pair = ArticlePair.Compare(archive, a, b);
        Response.StatusCode = Pair.Problem switch
        {
            PairProblem.Missing => StatusCodes.Status400BadRequest,
            PairProblem.Unknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status200OK,
        };
    }
}
