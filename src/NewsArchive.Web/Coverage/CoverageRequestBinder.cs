using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Coverage;

namespace NewsArchive.Web.Coverage;

/// <summary>A comparison from the URL's query string, read by Core's reader.</summary>
public static class CoverageRequestBinder
{
    public static (CoverageRequest? Request, ParameterError? Error) Bind(IQueryCollection query) =>
        new CoverageRequestReader(name => query[name]).Read();
}
