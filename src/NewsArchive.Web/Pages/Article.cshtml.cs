using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Pages;

public sealed class ArticleModel(IArchive archive, TimeProvider clock) : PageModel
{
    public ArticleView View { get; private set; } = null!;

    /// <summary>How to cite the article, accessed today (UTC).</summary>
    public Citation Citation { get; private set; } = null!;

    /// <summary>The search the reader came from, if any, to mark its words and lead back to it.</summary>
    public SearchRequest? FromSearch { get; private set; }

    /// <summary>The article before this one in the results it was opened from; null at the start or when the rank is unknown.</summary>
    public string? PreviousResult { get; private set; }

    /// <summary>The article after this one in the results it was opened from; null at the end or when the rank is unknown.</summary>
    public string? NextResult { get; private set; }

    public IActionResult OnGet(string? id)
    {
        if (!ArticleIds.CanExist(id)) return NotFound();
        if (ArticleParts.Read(Request.Query) is not { } part) return BadRequest();
        // A broken search in the link should not hide the article: it is just not carried along.
        var (search, _) = SearchRequestBinder.Bind(Request.Query);
        FromSearch = Request.Query.Count > 0 ? search : null;
        var view = archive.Article(id, FromSearch?.Query, wordForms: FromSearch?.ExactWords != true, part, HttpContext.RequestAborted);
        if (view is null) return NotFound();
        View = view;
        Citation = Citation.For(view.Article, SiteAddress.Absolute(Request, SearchLinks.Article(view.Article.Id, null)), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (FromSearch is { } from && ArticleRank.Read(Request.Query) is { } rank) LinkNeighbours(from, rank);
        return Page();
    }

    private void LinkNeighbours(SearchRequest search, int rank)
    {
        if (archive.Neighbours(search, rank, View.Article.Id, HttpContext.RequestAborted) is not { } neighbours) return;
        // Each link, and the way back, carries the result page that lists its article.
        string? Link(string? id, int at) =>
            id is null ? null : SearchLinks.Article(id, search with { Page = ArticleRank.PageOf(at, search.PageSize) }, at);
        FromSearch = search with { Page = ArticleRank.PageOf(rank, search.PageSize) };
        PreviousResult = Link(neighbours.PreviousId, rank - 1);
        NextResult = Link(neighbours.NextId, rank + 1);
    }
}
