using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NewsArchive.Core.Search.Counting;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Readers;

/// <summary>
/// What counting facets needs of one index reader, built once per reader and kept as long as it
/// lives: the facets it has, their ordinal maps, and the day ordinals. A refresh brings a new
/// reader and new maps (cheap: the per-segment arrays of unchanged segments are reused).
/// </summary>
internal sealed class ReaderFacets
{
    private static readonly ConditionalWeakTable<IndexReader, ReaderFacets> Cache = new();

    private readonly IndexReader reader;
    private readonly Lazy<DayOrdinals> days;
    private readonly ConcurrentDictionary<Facet, FacetOrdinals> ordinals = new();

    private ReaderFacets(IndexReader reader)
    {
        this.reader = reader;
        days = new Lazy<DayOrdinals>(() => DayOrdinals.Build(reader));
        Facets = MultiFields.GetMergedFieldInfos(reader)
            .Where(info => info.HasDocValues && info.Name.StartsWith(ArchiveSchema.KeywordPrefix, StringComparison.Ordinal))
            .Select(info => info.Name[ArchiveSchema.KeywordPrefix.Length..])
            .Order(StringComparer.Ordinal)
            .Select(Facet.KeywordList)
            .Prepend(Facet.Sources)
            .ToList();
    }

    public static ReaderFacets For(IndexReader reader) => Cache.GetValue(reader, r => new ReaderFacets(r));

    /// <summary>The sources, then every keyword list some article of the reader has.</summary>
    public IReadOnlyList<Facet> Facets { get; }

    public DayOrdinals Days => days.Value;

    public FacetOrdinals Ordinals(Facet facet) => ordinals.GetOrAdd(facet, f => FacetOrdinals.Build(reader, f));

    /// <summary>Builds everything now, so that the first search on a new reader does not wait for it.</summary>
    public void Warm()
    {
        _ = Days;
        foreach (var facet in Facets) Ordinals(facet);
    }
}
