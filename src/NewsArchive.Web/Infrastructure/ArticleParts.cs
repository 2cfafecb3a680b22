using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// The parts of an article too long for one page (?part=2): which one a request asks for, and
/// links to the others that keep the rest of the address (the search the reader came from, the
/// hit's rank), so the words stay marked from part to part.
/// </summary>
public static class ArticleParts
{
    public const string Parameter = "part";

    /// <summary>The part asked for (1 when none is); null when the value is not a whole number from 1.</summary>
    public static int? Read(IQueryCollection query)
    {
        if (query[Parameter].LastOrDefault() is not { Length: > 0 } text) return 1;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var part) && part >= 1 ? part : null;
    }

    /// <summary>This page's address with <paramref name="part"/> instead of the part it shows (none for the first).</summary>
    public static string Link(HttpRequest request, int part)
    {
        var others = request.Query.Where(pair => pair.Key != Parameter).Select(pair => new KeyValuePair<string, StringValues>(pair.Key, pair.Value));
        var query = QueryString.Create(others);
        if (part > 1) query = query.Add(Parameter, part.ToString(CultureInfo.InvariantCulture));
        return (request.PathBase + request.Path).ToUriComponent() + query.ToUriComponent();
    }
}
