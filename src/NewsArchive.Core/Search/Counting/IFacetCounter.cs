using Lucene.Net.Search;

namespace NewsArchive.Core.Search.Counting;

/// <summary>A collector that counts the matches per value of one facet.</summary>
internal interface IFacetCounter : ICollector
{
    /// <summary>All values with a count, most frequent first, then alphabetical.</summary>
    List<FacetValue> Results();
}
