using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IArchive archive) : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>
    /// For an archive not yet available, the address asked for, to try again; null otherwise.
    /// Only ever a path of this site (see <see cref="LocalAddress"/>).
    /// </summary>
    public string? TryAgain { get; private set; }

    /// <summary>
    /// The page the exception handler (no code: 500) and the status code pages (/error/404) show.
    /// Asked for directly there is no error to tell of, so it is not found; and the code in the
    /// path is never taken on trust as the response's status, which throws for one out of range
    /// (/error/2147483647) and would answer /error/200 with an error page and a success.
    /// </summary>
    public void OnGet(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null
            || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Status = !reExecuted ? StatusCodes.Status404NotFound
            : code is null ? StatusCodes.Status500InternalServerError
            : code is >= 400 and <= 599 ? code.Value
            : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
        (Title, Text) = Status switch
        {
            404 => ("Not found", "There is no page or article at this address. It may have been removed from the archive, or the link may be mistyped."),
            400 => ("Bad request", "The address could not be understood."),
            503 when archive.State != IndexState.Open => IndexAvailability.Describe(archive.State),
            _ => ("Something went wrong", "The archive could not answer this request. Please try again in a moment."),
        };
        if (Status == StatusCodes.Status503ServiceUnavailable
            && HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } original)
            TryAgain = LocalAddress.Of(original.OriginalPath, original.OriginalQueryString);
    }
}
