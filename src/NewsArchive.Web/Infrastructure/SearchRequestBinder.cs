using NewsArchive.Core.Search;

namespace NewsArchive.Web.Infrastructure;

/// <summary>A search from the URL's query string, read by Core's one reader of search parameters.</summary>
public static class SearchRequestBinder
{
    public static (SearchRequest? Request, ParameterError? Error) Bind(IQueryCollection query) =>
        new SearchRequestReader(name => query[name]).Read();
}
