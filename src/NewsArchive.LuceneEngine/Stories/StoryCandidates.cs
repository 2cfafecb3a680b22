using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Stories.Features;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>
/// Finds the articles alike enough to one article to share its story: near-copies through the
/// indexed MinHash bands (any date), and reports of the same event among the articles of the days
/// about its date (<see cref="EventWindow"/>) that share its most telling words. Both look at a
/// bounded number of articles, so an article costs the same in an archive of any size. The
/// lookups only propose; each candidate is confirmed by the measure its threshold is set on. Not
/// thread-safe: one per thread.
/// </summary>
internal sealed class StoryCandidates(StoryFeatureReader features, StoryFeatureSource source, INearCopyBands bands, long[] dates, StoryOptions options)
{
    /// <summary>
    /// Terms of a text's vector looked up: its heaviest. More add little to which articles come
    /// first and cost a read of each one's articles.
    /// </summary>
    private const int AskedTerms = 12;

    /// <summary>
    /// Only terms in at most this share of articles are looked up: a word in one article in
    /// twenty says little about the event. The confirming cosine still weighs every term.
    /// </summary>
    private const double MaxAskedShare = 0.05;

    /// <summary>A term of more articles than this within the window is the days' common talk, not an event's: it is not looked up there.</summary>
    private const int MaxWindowPostings = 2_000;

    /// <summary>Articles read per near-copy band: a template repeated all year shares every band with every copy.</summary>
    private const int MaxBandPostings = 200;

    /// <summary>
    /// Articles of one term read in the window, those dated nearest the article's date: a busier
    /// archive has more articles a day, and reading them all would make each article cost more.
    /// </summary>
    private const int MaxTermCandidates = 100;

    /// <summary>
    /// Near-copy candidates confirmed at most (those sharing the most bands first): one is enough
    /// to join, and a text syndicated to a hundred outlets should not cost a hundred confirmations.
    /// </summary>
    private const int MaxNearCopyCandidates = 10;

    /// <summary>
    /// Articles read per term for an article without a date, which has no days to look in: the
    /// first this many of each telling term's articles, whatever their dates.
    /// </summary>
    private const int MaxUndatedPostings = 500;

    /// <summary>The links of an article, whose features are <paramref name="own"/>; <paramref name="window"/> is about its date, or null when it has none.</summary>
    public List<StoryLink> LinksOf(int doc, StoryFeatures own, EventWindow? window)
    {
        var links = NearCopies(doc, own);
        links.AddRange(window is not null ? SameEvent(doc, own, window) : SameEventUndated(doc, own));
        return links;
    }

    private List<StoryLink> NearCopies(int doc, StoryFeatures own)
    {
        var links = new List<StoryLink>();
        if (own.Signature is not { } signature) return links;
        var shared = new Dictionary<int, int>();
        for (var band = 0; band < NearCopySignature.Bands; band++)
            bands.ForEachDoc(band, signature.BandHash(band), MaxBandPostings, other => shared[other] = shared.GetValueOrDefault(other) + 1);
        foreach (var other in Best(shared, MaxNearCopyCandidates, doc))
        {
            // Every band the same is every minimum the same (but for a 64-bit hash collision): a
            // copy, the commonest near-copy, confirmed without reading its signature.
            var similarity = shared[other] == NearCopySignature.Bands ? 1.0
                : features.SignatureOf(other) is { } theirs ? signature.Similarity(theirs)
                : 0;
            if (similarity >= options.NearCopySimilarity) links.Add(new StoryLink(other, similarity, LinkKind.NearCopy));
        }
        return links;
    }

    private IEnumerable<StoryLink> SameEvent(int doc, StoryFeatures own, EventWindow window)
    {
        var scores = new Dictionary<int, float>();
        foreach (var term in TellingTerms(own))
        {
            var docs = window.With(source.TermNumber(term.Term));
            if (docs.Length > MaxWindowPostings) continue;
            foreach (var other in Nearest(docs, dates[doc])) scores[other] = scores.GetValueOrDefault(other) + term.Weight;
        }
        foreach (var other in Best(scores, options.Candidates, doc))
        {
            var theirs = window.FeaturesOf(other);
            var similarity = own.Vector.Cosine(theirs.Vector);
            if (similarity >= Math.Max(StoryAssignment.SameEventThreshold(options, Math.Abs(dates[doc] - dates[other])), SameSourceFloor(own, theirs)))
                yield return new StoryLink(other, similarity, LinkKind.SameEvent);
        }
    }

    /// <summary>
    /// Reports of the same event as an article without a date, among the first articles of its
    /// telling terms. Nothing says when it was written, so it must be as alike as a report the
    /// farthest days away would have to be.
    /// </summary>
    private IEnumerable<StoryLink> SameEventUndated(int doc, StoryFeatures own)
    {
        var scores = new Dictionary<int, float>();
        // The body has the headline's words too, except in a headline-only brief.
        var field = own.HasBody ? ArchiveSchema.BodyStem : ArchiveSchema.TitleStem;
        foreach (var term in TellingTerms(own))
            features.Postings.ForEachDoc(field, term.Term, MaxUndatedPostings, other => scores[other] = scores.GetValueOrDefault(other) + term.Weight);
        var threshold = StoryAssignment.SameEventThreshold(options, options.EventWindowDays * EpochDays.MillisPerDay);
        foreach (var other in Best(scores, options.Candidates, doc))
        {
            var theirs = features.Of(other);
            var similarity = own.Vector.Cosine(theirs.Vector);
            if (similarity >= Math.Max(threshold, SameSourceFloor(own, theirs))) yield return new StoryLink(other, similarity, LinkKind.SameEvent);
        }
    }

    /// <summary>The cosine two reports of one known outlet need at least (<see cref="StoryOptions.SameSourceSimilarity"/>); none for two outlets or an unknown one.</summary>
    private double SameSourceFloor(StoryFeatures own, StoryFeatures theirs) =>
        own.Source is { } source && string.Equals(source, theirs.Source, StringComparison.OrdinalIgnoreCase) ? options.SameSourceSimilarity : 0;

    /// <summary>The <see cref="MaxTermCandidates"/> of <paramref name="docs"/> (oldest first) dated nearest <paramref name="date"/>.</summary>
    private ReadOnlySpan<int> Nearest(ReadOnlySpan<int> docs, long date)
    {
        if (docs.Length <= MaxTermCandidates) return docs;
        var start = Math.Clamp(DatedDocs.FirstAtOrAfter(docs, dates, date) - MaxTermCandidates / 2, 0, docs.Length - MaxTermCandidates);
        return docs.Slice(start, MaxTermCandidates);
    }

    private IEnumerable<WeightedTerm> TellingTerms(StoryFeatures own) =>
        own.Vector.Terms.Where(t => source.ShareOf(t.Term, features.Postings) <= MaxAskedShare).Take(AskedTerms);

    /// <summary>The <paramref name="count"/> highest-scored articles other than <paramref name="self"/>.</summary>
    private static IEnumerable<int> Best<T>(Dictionary<int, T> scores, int count, int self) where T : IComparable<T> =>
        scores.Where(pair => pair.Key != self)
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key)
            .Take(count)
            .Select(pair => pair.Key);
}
