using System.Globalization;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// The place of an article in the result list it was opened from, carried in its link as
/// ?rank=7 so the article can lead to the results before and after it.
/// </summary>
public static class ArticleRank
{
    public const string Parameter = "rank";

    /// <summary>
    /// The rank in the query string, or null when it is missing or not a whole number from 1 to
    /// <see cref="SearchRequest.MaxResultWindow"/>: a bad rank only costs the reader the
    /// previous/next links, never the article, so it is ignored rather than refused.
    /// </summary>
    public static int? Read(IQueryCollection query) =>
        query.TryGetValue(Parameter, out var values)
        && values is [{ } text]
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rank)
        && rank is >= 1 and <= SearchRequest.MaxResultWindow
            ? rank
            : null;

    /// <summary>The result page that lists the hit at <paramref name="rank"/>.</summary>
    public static int PageOf(int rank, int pageSize) => (rank - 1) / pageSize + 1;
}
