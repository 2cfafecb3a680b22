using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>A link's path and query parameters, read the way the app reads them.</summary>
public sealed record Link(string Path, IReadOnlyDictionary<string, StringValues> Query)
{
    private static readonly Uri Base = new("http://localhost");

    public static Link Parse(string href)
    {
        var uri = new Uri(Base, href);
        return new Link(Uri.UnescapeDataString(uri.AbsolutePath), QueryHelpers.ParseQuery(uri.Query));
    }

    /// <summary>The parameter's single value, or null when it is absent.</summary>
    public string? this[string name] => Query.TryGetValue(name, out var values) ? values.ToString() : null;

    public IReadOnlyList<string> All(string name) =>
        Query.TryGetValue(name, out var values) ? values.Select(v => v ?? "").ToList() : [];
}
