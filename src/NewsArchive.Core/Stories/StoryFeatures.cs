using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Stories;

/// <summary>What the grouping compares of an article: its words as a vector, and its near-copy signature.</summary>
internal sealed record StoryFeatures(string Id, bool HasBody, TermVector Vector, NearCopySignature? Signature);

/// <summary>
/// Makes the features of the index's articles from their stored text, with document frequencies
/// from the same index, and keeps them while the grouping runs: an article is compared with
/// many neighbours and is analysed once. Thread-safe.
/// </summary>
internal sealed class StoryFeatureSource(IndexReader reader, Analyzer analyzer)
{
    private static readonly ISet<string> TextFields = new HashSet<string> { ArchiveSchema.Id, ArchiveSchema.Title, ArchiveSchema.Body };

    /// <summary>Features kept at most; beyond it the store starts again (a pass works through the archive in date order, so recent ones are what it needs).</summary>
    private const int MaxKept = 200_000;

    /// <summary>A headline says what the story is about more densely than the text: its words count twice.</summary>
    private const int TitleWeight = 2;

    private readonly ConcurrentDictionary<int, StoryFeatures> kept = new();
    private readonly ConcurrentDictionary<string, double> idfs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly int articleCount = Math.Max(1, reader.NumDocs);
    private int lastTermNumber;
    private int keptCount;

    /// <param name="doc">The article's number in the reader.</param>
    /// <param name="postings">The calling thread's lookup, for document frequencies.</param>
    public StoryFeatures Of(int doc, PostingsLookup postings)
    {
        if (kept.TryGetValue(doc, out var features)) return features;
        // Counted apart: a concurrent dictionary's Count takes every one of its locks.
        if (Interlocked.Increment(ref keptCount) > MaxKept)
        {
            kept.Clear();
            Interlocked.Exchange(ref keptCount, 0);
        }
        var stored = reader.Document(doc, TextFields);
        var title = stored.Get(ArchiveSchema.Title) ?? "";
        var body = stored.Get(ArchiveSchema.Body) ?? "";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < TitleWeight; i++) CountStems(title, counts);
        CountStems(body, counts);
        features = new StoryFeatures(
            stored.Get(ArchiveSchema.Id),
            body.Length > 0,
            TermVector.Of(counts, stem => Idf(stem, postings), term => vocabulary.GetOrAdd(term, _ => Interlocked.Increment(ref lastTermNumber))),
            NearCopySignature.OfArticle(title, body));
        kept[doc] = features;
        return features;
    }

    /// <summary>The share of articles whose text has the stem.</summary>
    public double ShareOf(string stem, PostingsLookup postings) => Math.Exp(-Idf(stem, postings));

    private double Idf(string stem, PostingsLookup postings)
    {
        if (idfs.TryGetValue(stem, out var idf)) return idf;
        idf = Math.Log((double)articleCount / Math.Max(1, postings.DocFreq(ArchiveSchema.BodyStem, stem)));
        idfs[stem] = idf;
        return idf;
    }

    private void CountStems(string text, Dictionary<string, int> counts)
    {
        if (text.Length == 0) return;
        using var stream = analyzer.GetTokenStream(ArchiveSchema.BodyStem, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var stem = term.ToString();
            counts[stem] = counts.GetValueOrDefault(stem) + 1;
        }
        stream.End();
    }
}
