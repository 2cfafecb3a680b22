using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ArchiveIndex index) : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public void OnGet(int? code)
    {
        Status = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
        (Title, Text) = Status switch
        {
            404 => ("Not found", "There is no page or article at this address. It may have been removed from the archive, or the link may be mistyped."),
            400 => ("Bad request", "The address could not be understood."),
            503 when index.State != IndexState.Open => IndexAvailability.Describe(index.State),
            _ => ("Something went wrong", "The archive could not answer this request. Please try again in a moment."),
        };
    }
}
