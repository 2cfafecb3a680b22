using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Stories.Features;

/// <summary>What the grouping compares of an article: its words as a vector, and its near-copy signature.</summary>
internal sealed record StoryFeatures(string Id, string? Source, bool HasBody, TermVector Vector, NearCopySignature? Signature);

/// <summary>
/// Makes the features of the index's articles from what was stored of them while they were
/// indexed (<see cref="StoredStoryFeatures"/>), weighing their terms by document frequencies from
/// the same index. The weights and term numbers are shared by every thread; each thread reads
/// through its own <see cref="StoryFeatureReader"/>.
/// </summary>
internal sealed class StoryFeatureSource(IndexReader reader)
{
    private readonly ConcurrentDictionary<string, double> idfs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly int articleCount = Math.Max(1, reader.NumDocs);
    private int lastTermNumber;

    public IndexReader Reader => reader;

    /// <summary>A reader of features for one thread.</summary>
    public StoryFeatureReader NewReader() => new(this);

    public StoryFeatures Make(StoredStoryFeatures stored, PostingsLookup postings) => new(
        stored.Id,
        stored.Source,
        stored.HasBody,
        TermVector.Of(stored.Terms, stem => Idf(stem, postings), TermNumber),
        stored.Signature);

    /// <summary>The number every vector gives the stem.</summary>
    public int TermNumber(string stem) => vocabulary.GetOrAdd(stem, _ => Interlocked.Increment(ref lastTermNumber));

    /// <summary>The share of articles whose text has the stem.</summary>
    public double ShareOf(string stem, PostingsLookup postings) => Math.Exp(-Idf(stem, postings));

    private double Idf(string stem, PostingsLookup postings)
    {
        if (idfs.TryGetValue(stem, out var idf)) return idf;
        idf = Math.Log((double)articleCount / Math.Max(1, postings.DocFreq(ArchiveSchema.BodyStem, stem)));
        idfs[stem] = idf;
        return idf;
    }
}

/// <summary>
/// Reads articles' features for one thread: from their binary doc values, or for an article
/// indexed before these were stored, from its stored text. Not thread-safe.
/// </summary>
internal sealed class StoryFeatureReader
{
    private static readonly ISet<string> TextFields = new HashSet<string> { ArchiveSchema.Id, ArchiveSchema.Source, ArchiveSchema.Title, ArchiveSchema.Body };

    private readonly StoryFeatureSource source;
    private readonly IList<AtomicReaderContext> segments;
    private readonly BinaryDocValues?[] values;
    private readonly BytesRef scratch = new();

    public StoryFeatureReader(StoryFeatureSource source)
    {
        this.source = source;
        segments = source.Reader.Leaves;
        values = segments.Select(segment => segment.AtomicReader.GetBinaryDocValues(ArchiveSchema.StoryFeatures)).ToArray();
        Postings = new PostingsLookup(source.Reader);
    }

    /// <summary>This thread's lookup of terms, for document frequencies and candidates.</summary>
    public PostingsLookup Postings { get; }

    public IndexReader Reader => source.Reader;

    public StoryFeatures Of(int doc) => source.Make(Stored(doc), Postings);

    /// <summary>Only the id of an article, its terms left unweighed.</summary>
    public string IdOf(int doc) => Stored(doc).Id;

    /// <summary>Only the near-copy signature of an article: what confirming a near-copy needs, without weighing its terms.</summary>
    public NearCopySignature? SignatureOf(int doc) =>
        Value(doc) is { } value && StoredStoryFeatures.TryDecodeSignature(value, out var signature) ? signature : Stored(doc).Signature;

    /// <summary>The article's stored features value, or null in a segment written before they were stored.</summary>
    private BytesRef? Value(int doc)
    {
        var s = ReaderUtil.SubIndex(doc, segments);
        if (values[s] is not { } segmentValues) return null;
        segmentValues.Get(doc - segments[s].DocBase, scratch);
        return scratch;
    }

    private StoredStoryFeatures Stored(int doc)
    {
        if (Value(doc) is { } value && StoredStoryFeatures.Decode(value) is { } stored) return stored;
        var text = source.Reader.Document(doc, TextFields);
        var title = text.Get(ArchiveSchema.Title) ?? "";
        var body = text.Get(ArchiveSchema.Body) ?? "";
        return StoredStoryFeatures.Of(text.Get(ArchiveSchema.Id), text.Get(ArchiveSchema.Source), title, body, NearCopySignature.OfArticle(title, body));
    }
}
