using System.Globalization;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Exports;

/// <summary>What an export adds to the search's own parameters: the full text or not, and how many articles.</summary>
public sealed record ExportOptions(bool WithText, int Limit)
{
    /// <summary>
    /// The most articles one export holds, the deepest a search pages too: enough for any
    /// count a paper cites, and a file a spreadsheet opens. Past it the export says so.
    /// </summary>
    public const int MaxArticles = SearchRequest.MaxResultWindow;

    public static (ExportOptions? Options, ParameterError? Error) Bind(IQueryCollection query)
    {
        var withText = false;
        if (query["text"].LastOrDefault() is { Length: > 0 } text)
        {
            if (text is "1" or "true") withText = true;
            else if (text is not ("0" or "false")) return (null, new ParameterError("text", "text must be 1 (with each article's full text) or 0 (without)."));
        }
        var limit = MaxArticles;
        if (query["limit"].LastOrDefault() is { Length: > 0 } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxArticles))
            return (null, new ParameterError("limit", $"limit must be a whole number from 1 to {MaxArticles:N0} (not \"{limitText}\")."));
        return (new ExportOptions(withText, limit), null);
    }
}
