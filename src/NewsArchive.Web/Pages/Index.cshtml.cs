using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Pages;

public sealed class IndexModel(IArchive archive) : PageModel
{
    /// <summary>The whole archive, newest first: its size, sources, date span and latest articles.</summary>
    public SearchResults Archive { get; private set; } = null!;

    public void OnGet() => Archive = archive.Search(new SearchRequest { PageSize = 5 });
}
