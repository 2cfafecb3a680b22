using NewsArchive.Core.Search.Counting;

namespace NewsArchive.LuceneEngine.Indexing;

/// <summary>Where the index keeps a facet's values.</summary>
internal static class FacetFields
{
    extension(Facet facet)
    {
        /// <summary>The doc-values field the facet is counted from: sorted for the sources (one per article), sorted set for a keyword list.</summary>
        public string Field => facet.List is null ? ArchiveSchema.Source : ArchiveSchema.KeywordField(facet.List);
    }
}
