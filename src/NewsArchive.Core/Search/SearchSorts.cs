namespace NewsArchive.Core.Search;

/// <summary>The orders of a search by the names URLs and the command line give them: relevance, newest, oldest, added.</summary>
public static class SearchSorts
{
    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<SearchSort>().Select(name => name.ToLowerInvariant()).ToArray();

    /// <summary>The names as a message lists them: "relevance, newest, oldest or added".</summary>
    public static string Listed { get; } = string.Join(", ", Names.SkipLast(1)) + " or " + Names[^1];

    /// <summary>
    /// The order named <paramref name="text"/> (any case). By name only: Enum.TryParse would also
    /// take numbers ("1") and combinations ("newest,oldest", which adds up to another order).
    /// </summary>
    public static bool TryParse(string text, out SearchSort sort)
    {
        foreach (var value in Enum.GetValues<SearchSort>())
        {
            sort = value;
            if (value.ToString().Equals(text, StringComparison.OrdinalIgnoreCase)) return true;
        }
        sort = default;
        return false;
    }
}
