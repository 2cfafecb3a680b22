using System.Runtime.InteropServices;
using NewsArchive.LuceneEngine.Stories.Features;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>
/// The dated articles within a few days either side of a date, with their features and, for each
/// of their terms, the articles that have it: where the reports of an article's event are looked
/// for. It moves forward through the archive in date order, taking in the days ahead and letting go
/// of the days behind, so that what an article costs and what is held depend on how many articles
/// a few days have, never on how many the archive has. Not thread-safe.
/// </summary>
internal sealed class EventWindow(StoryFeatureReader features, int[] byDate, long[] dates, long halfWidth)
{
    private readonly Dictionary<int, StoryFeatures> members = [];
    private readonly Dictionary<int, TermPostings> postings = [];
    private int first;
    private int end;

    /// <summary>Moves the window to the days about <paramref name="date"/>, which is never before the last date it was moved to.</summary>
    public void MoveTo(long date)
    {
        var start = FirstAtOrAfter(date - halfWidth);
        if (start >= end)
        {
            members.Clear();
            postings.Clear();
            first = end = start;
        }
        while (first < start) Remove(byDate[first++]);
        while (end < byDate.Length && dates[byDate[end]] <= date + halfWidth) Add(byDate[end++]);
    }

    /// <summary>The features of an article in the window.</summary>
    public StoryFeatures FeaturesOf(int doc) => members[doc];

    /// <summary>The articles in the window with the term (by its number), oldest first.</summary>
    public ReadOnlySpan<int> With(int termNumber) =>
        postings.TryGetValue(termNumber, out var docs) ? CollectionsMarshal.AsSpan(docs.Docs)[docs.Start..] : [];

    private void Add(int doc)
    {
        var added = features.Of(doc);
        members[doc] = added;
        foreach (var term in added.Vector.TermIds)
        {
            if (!postings.TryGetValue(term, out var docs)) postings[term] = docs = new TermPostings();
            docs.Docs.Add(doc);
        }
    }

    /// <summary>Articles leave in the order they came, so each is the first of its terms' lists.</summary>
    private void Remove(int doc)
    {
        foreach (var term in members[doc].Vector.TermIds)
        {
            var docs = postings[term];
            if (++docs.Start == docs.Docs.Count) postings.Remove(term);
            else docs.Compact();
        }
        members.Remove(doc);
    }

    private int FirstAtOrAfter(long date) => first + DatedDocs.FirstAtOrAfter(byDate.AsSpan(first), dates, date);

    /// <summary>A term's articles, the ones before <see cref="Start"/> gone from the window.</summary>
    private sealed class TermPostings
    {
        public List<int> Docs { get; } = [];

        public int Start { get; set; }

        /// <summary>Drops the gone ones once they are most of the list, so that a term present all year holds only its window.</summary>
        public void Compact()
        {
            if (Start < 64 || Start * 2 < Docs.Count) return;
            Docs.RemoveRange(0, Start);
            Start = 0;
        }
    }
}
