namespace NewsArchive.Core.Search.Counting;

/// <summary>The values of a facet by global ordinal, and back.</summary>
internal interface IFacetValueLookup
{
    string ValueOf(int ordinal);

    /// <summary>The global ordinals of a value as the facet compares values.</summary>
    IReadOnlyList<int> OrdinalsOf(string value);
}
