namespace NewsArchive.Core.Search.Counting;

/// <summary>
/// A facet a search counts and filters by: the sources, or one keyword list. Within a facet the
/// chosen values are alternatives (any of them); across facets they all apply.
/// </summary>
public sealed record Facet
{
    private Facet(string? list) => List = list;

    public static Facet Sources { get; } = new(list: null);

    public static Facet KeywordList(string list) => new(list);

    /// <summary>The keyword list's name, e.g. "topics"; null for the sources.</summary>
    public string? List { get; }

    /// <summary>How values are told apart when chosen: sources ignore case, keywords match exactly.</summary>
    public StringComparer ValueComparer => List is null ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Whether the request chooses any value of this facet.</summary>
    public bool IsSelectedIn(SearchRequest request) =>
        List is null ? request.Sources.Count > 0 : request.Keywords.Any(k => k.List == List);

    /// <summary>Whether <paramref name="value"/> is one of the request's choices for this facet.</summary>
    public bool IsSelected(SearchRequest request, string value) => SelectedValues(request).Contains(value, ValueComparer);

    /// <summary>The values the request chooses for this facet, as written in the request.</summary>
    public IReadOnlyList<string> SelectedValues(SearchRequest request) =>
        List is null ? request.Sources : request.Keywords.Where(k => k.List == List).Select(k => k.Value).ToList();

    /// <summary>A source is one per article; an article can have several keywords of a list.</summary>
    internal bool IsMultiValued => List is not null;
}
