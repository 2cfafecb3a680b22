using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Readers;

/// <summary>
/// What counting facets needs of one index reader, built once per reader and kept with its
/// <see cref="ReaderState"/>: the facets it has, their ordinal maps, and the day ordinals. A refresh brings a new
/// reader and new maps (cheap: the per-segment arrays of unchanged segments are reused).
/// </summary>
internal sealed class ReaderFacets
{
    private readonly ReaderState state;
    private readonly Lazy<DayOrdinals> days;
    private readonly ConcurrentDictionary<Facet, FacetOrdinals> ordinals = new();

    private ReaderFacets(ReaderState state)
    {
        this.state = state;
        days = new Lazy<DayOrdinals>(() => DayOrdinals.Build(state));
        Facets = MultiFields.GetMergedFieldInfos(state.Reader)
            .Where(info => info.HasDocValues && info.Name.StartsWith(ArchiveSchema.KeywordPrefix, StringComparison.Ordinal))
            .Select(info => info.Name[ArchiveSchema.KeywordPrefix.Length..])
            .Order(StringComparer.Ordinal)
            .Select(Facet.KeywordList)
            .Prepend(Facet.Sources)
            .ToList();
    }

    public static ReaderFacets For(IndexSearcher searcher) => For(ReaderState.Of(searcher));

    public static ReaderFacets For(ReaderState state) => state.Get(s => new ReaderFacets(s));

    /// <summary>The sources, then every keyword list some article of the reader has.</summary>
    public IReadOnlyList<Facet> Facets { get; }

    public DayOrdinals Days => days.Value;

    public FacetOrdinals Ordinals(Facet facet) => ordinals.GetOrAdd(facet, f => FacetOrdinals.Build(state, f));

    /// <summary>Builds everything now, so that the first search on a new reader does not wait for it.</summary>
    public void Warm()
    {
        _ = Days;
        foreach (var facet in Facets) Ordinals(facet);
    }
}
