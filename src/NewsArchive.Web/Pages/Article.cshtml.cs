using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Pages;

public sealed class ArticleModel(ArchiveSearcher searcher) : PageModel
{
    public ArticleView View { get; private set; } = null!;

    /// <summary>The search the reader came from, if any, to mark its words and lead back to it.</summary>
    public SearchRequest? FromSearch { get; private set; }

    public IActionResult OnGet(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return NotFound();
        // A broken search in the link should not hide the article: it is just not carried along.
        var (search, _) = SearchRequestBinder.Bind(Request.Query);
        FromSearch = Request.Query.Count > 0 ? search : null;
        var view = searcher.Article(id, FromSearch?.Query);
        if (view is null) return NotFound();
        View = view;
        return Page();
    }
}
