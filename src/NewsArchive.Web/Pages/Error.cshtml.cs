using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsArchive.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int? code)
    {
        Status = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
    }
}
