using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Search.Queries;

namespace NewsArchive.LuceneEngine.Readers;

/// <summary>The keyword lists of one reader, from its facet ordinals.</summary>
internal sealed class ReaderKeywordLists(ReaderFacets facets) : IKeywordLists
{
    private readonly Dictionary<string, Facet> lists =
        facets.Facets.Where(f => f.List is not null).ToDictionary(f => f.List!, StringComparer.OrdinalIgnoreCase);

    public string? ListNamed(string typed) => lists.TryGetValue(typed, out var facet) ? facet.List : null;

    public string StoredForm(string list, string typed)
    {
        var values = facets.Ordinals(lists[list]);
        if (values.OrdinalsOf(typed).Count > 0) return typed;
        for (var ordinal = 0; ordinal < values.ValueCount; ordinal++)
            if (string.Equals(values.ValueOf(ordinal), typed, StringComparison.OrdinalIgnoreCase)) return values.ValueOf(ordinal);
        return typed;
    }
}
