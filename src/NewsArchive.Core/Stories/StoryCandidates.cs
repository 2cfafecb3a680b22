using NewsArchive.Core.Indexing;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Core.Stories;

/// <summary>
/// Finds the articles alike enough to one article to share its story: near-copies through the
/// indexed MinHash bands (any date), and reports of the same event through the articles that
/// share its most telling words and are dated within days of it (any date when it has none).
/// The postings only propose; each candidate is confirmed by the measure its threshold is set
/// on. Not thread-safe: one per thread.
/// </summary>
internal sealed class StoryCandidates(PostingsLookup postings, StoryFeatureSource features, long[] dates, StoryOptions options)
{
    /// <summary>
    /// Terms of a text's vector looked up: its heaviest. More add little to which articles come
    /// first and cost a read of each one's articles.
    /// </summary>
    private const int AskedTerms = 12;

    /// <summary>
    /// Only terms in at most this share of articles are looked up: a word in one article in
    /// twenty says little about the event and has long postings. The confirming cosine still
    /// weighs every term.
    /// </summary>
    private const double MaxAskedShare = 0.05;

    /// <summary>Near-copy candidates confirmed at most (those sharing the most bands first): a template repeated a thousand times should not cost a thousand comparisons per copy.</summary>
    private const int MaxNearCopyCandidates = 50;

    public List<StoryLink> LinksOf(int doc)
    {
        var own = features.Of(doc, postings);
        var links = new List<StoryLink>();
        if (own.Signature is { } signature)
        {
            var shared = new Dictionary<int, int>();
            foreach (var key in signature.BandKeys())
                postings.ForEachDoc(ArchiveSchema.NearCopyBands, key, other => shared[other] = shared.GetValueOrDefault(other) + 1);
            foreach (var other in Best(shared, MaxNearCopyCandidates, doc))
            {
                if (features.Of(other, postings).Signature is not { } theirs) continue;
                var similarity = signature.Similarity(theirs);
                if (similarity >= options.NearCopySimilarity) links.Add(new StoryLink(other, similarity, LinkKind.NearCopy));
            }
        }
        var date = dates[doc];
        var window = options.EventWindowDays * EpochDays.MillisPerDay;
        var scores = new Dictionary<int, float>();
        // The body has the headline's words too, except in a headline-only brief.
        var field = own.HasBody ? ArchiveSchema.BodyStem : ArchiveSchema.TitleStem;
        foreach (var term in own.Vector.Terms.Where(t => features.ShareOf(t.Term, postings) <= MaxAskedShare).Take(AskedTerms))
        {
            postings.ForEachDoc(field, term.Term, other =>
            {
                var theirs = dates[other];
                if (date == SegmentCache.NoDate || theirs == SegmentCache.NoDate || Math.Abs(theirs - date) <= window)
                    scores[other] = scores.GetValueOrDefault(other) + term.Weight;
            });
        }
        foreach (var other in Best(scores, options.Candidates, doc))
        {
            var similarity = own.Vector.Cosine(features.Of(other, postings).Vector);
            if (similarity >= options.SameEventSimilarity) links.Add(new StoryLink(other, similarity, LinkKind.SameEvent));
        }
        return links;
    }

    /// <summary>The <paramref name="count"/> highest-scored articles other than <paramref name="self"/>.</summary>
    private static IEnumerable<int> Best<T>(Dictionary<int, T> scores, int count, int self) where T : IComparable<T> =>
        scores.Where(pair => pair.Key != self)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Take(count)
            .Select(pair => pair.Key);
}
