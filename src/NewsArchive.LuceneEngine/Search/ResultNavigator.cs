using NewsArchive.Core.Search;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// Leads a reader from one article of a result list to the one before or after it, across page
/// boundaries, by running the list's search again for the few hits around the article's rank.
/// </summary>
internal static class ResultNavigator
{
    /// <summary>
    /// The neighbours of the hit at <paramref name="rank"/> (1-based), or null when that hit is
    /// not <paramref name="id"/> (the link is stale or made up) or lies deeper than any page goes.
    /// </summary>
    public static ResultNeighbours? Around(IArchive archive, SearchRequest request, int rank, string id, CancellationToken cancellation)
    {
        // The deepest hit a result page can show; the pages stop there.
        var deepest = SearchRequest.MaxResultWindow / request.PageSize * request.PageSize;
        if (rank < 1 || rank > deepest) return null;

        var first = Math.Max(1, rank - 1);
        var last = Math.Min(deepest, rank + 1);
        var (page, size) = PageHolding(first, last);
        // Only the ids are wanted: no passages to pick, no spelling to advise.
        var hits = archive.Search(request with { Page = page, PageSize = size, Snippets = false, AdviseSpelling = false }, cancellation).Hits;
        string? At(int r)
        {
            var index = r - 1 - (page - 1) * size;
            return r >= first && r <= last && index < hits.Count ? hits[index].Id : null;
        }

        if (At(rank) != id) return null;
        return new ResultNeighbours(At(rank - 1), At(rank + 1));
    }

    /// <summary>
    /// The smallest page size, and the page, that hold ranks <paramref name="first"/> to
    /// <paramref name="last"/> together, so one search brings back all of them and no more than
    /// a few other hits; page 1 always works, so the loop ends.
    /// </summary>
    private static (int Page, int Size) PageHolding(int first, int last)
    {
        var size = last - first + 1;
        while ((first - 1) / size != (last - 1) / size) size++;
        return ((first - 1) / size + 1, size);
    }
}
