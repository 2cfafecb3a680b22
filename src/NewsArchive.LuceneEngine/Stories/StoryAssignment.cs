using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>The first and last day (epoch milliseconds) of a story's dated reports.</summary>
internal readonly record struct StorySpan(long First, long Last)
{
    public StorySpan With(long date) => new(Math.Min(First, date), Math.Max(Last, date));

    /// <summary>The span of both stories' reports.</summary>
    public StorySpan With(StorySpan other) => new(Math.Min(First, other.First), Math.Max(Last, other.Last));

    public long Length => Last - First;

    /// <summary>How far <paramref name="date"/> is from the story's farthest report.</summary>
    public long FarthestFrom(long date) => Math.Max(Math.Abs(date - First), Math.Abs(date - Last));
}

/// <summary>The stories a pass gave, and the stories it merged.</summary>
/// <param name="Given">Each ungrouped article's story as first given (what its story was when it joined).</param>
/// <param name="MergedInto">Each story merged into another, and the one it is now part of (never itself merged).</param>
internal sealed record StoryAssignments(Dictionary<int, StoryId> Given, Dictionary<StoryId, StoryId> MergedInto)
{
    /// <summary>The story <paramref name="story"/> is now part of.</summary>
    public StoryId Current(StoryId story) => MergedInto.TryGetValue(story, out var into) ? into : story;
}

/// <summary>
/// Gives each ungrouped article a story, one at a time in date order (the way news arrives): it
/// joins the story of the most alike article that already has one — a near-copy before a report
/// of the same event — or starts a story of its own. A report of the same event may join only
/// while the story's dated reports stay within <see cref="StoryOptions.MaxStoryDays"/> and it is
/// alike enough for its distance from the story's farthest report; a near-copy always may. An
/// article that may join several stories bridges them: they become one, under the id of the one
/// reported first, and the others' ids lead to it (see <see cref="StoryTable.MergedInto"/>).
/// </summary>
/// <param name="stories">Each article's story from before this pass (by document number), <see cref="StoryId.Ungrouped"/> for the others.</param>
/// <param name="spans">The spans of the stories from before this pass; the spans of the stories it gives are added.</param>
/// <param name="dates">Each article's date, <see cref="SegmentCache.NoDate"/> for none.</param>
internal sealed class StoryAssignment(long[] stories, Dictionary<StoryId, StorySpan> spans, long[] dates, StoryOptions options)
{
    private readonly Dictionary<int, StoryId> given = [];

    // Each merged story and the one it went into, which may itself have gone into another since:
    // followed to the end when read, so that a merge costs one entry however many came before.
    private readonly Dictionary<StoryId, StoryId> mergedInto = [];

    private readonly long maxLength = options.MaxStoryDays * EpochDays.MillisPerDay;

    /// <summary>The stories given so far, and the stories merged.</summary>
    public StoryAssignments Result => new(given, mergedInto.Keys.ToDictionary(story => story, Current));

    /// <summary>
    /// Gives the ungrouped article <paramref name="doc"/> its story, after every article before it
    /// in date order: <paramref name="links"/> are its links (to any article: those to articles
    /// without a story yet are passed over), and <paramref name="id"/> names the story it may start.
    /// </summary>
    public void Assign(int doc, string id, IEnumerable<StoryLink> links)
    {
        var date = dates[doc];
        var joinable = new List<StoryId>();
        var mergeable = new List<StoryId>();
        foreach (var link in links.OrderBy(l => l.Kind).ThenByDescending(l => l.Similarity).ThenBy(l => l.Doc))
        {
            var story = Current(given.TryGetValue(link.Doc, out var assigned) ? assigned : new StoryId(stories[link.Doc]));
            if (!story.IsGrouped || joinable.Contains(story)) continue;
            if (link.Kind == LinkKind.SameEvent && date != SegmentCache.NoDate && spans.TryGetValue(story, out var span)
                && (span.With(date).Length > maxLength || link.Similarity < SameEventThreshold(options, span.FarthestFrom(date)))) continue;
            joinable.Add(story);
            if (link.Kind == LinkKind.NearCopy || link.Similarity >= options.MergeSimilarity) mergeable.Add(story);
        }

        var chosen = joinable.Count == 0 ? StoryId.StartedBy(id) : joinable[0];
        // The story joined is merged with the others only when the article is much like it too.
        if (mergeable.Contains(chosen))
        {
            foreach (var other in joinable.Skip(1).Where(mergeable.Contains))
            {
                if (!CanMerge(chosen, other)) continue;
                var (kept, gone) = FirstReported(chosen, other);
                mergedInto[gone] = kept;
                if (spans.Remove(gone, out var goneSpan))
                    spans[kept] = spans.TryGetValue(kept, out var keptSpan) ? keptSpan.With(goneSpan) : goneSpan;
                chosen = kept;
            }
        }
        given[doc] = chosen;
        if (date != SegmentCache.NoDate)
            spans[chosen] = spans.TryGetValue(chosen, out var before) ? before.With(date) : new StorySpan(date, date);
    }

    private StoryId Current(StoryId story)
    {
        while (mergedInto.TryGetValue(story, out var into)) story = into;
        return story;
    }

    /// <summary>Two stories may become one while their reports together stay within the longest span a story may have.</summary>
    private bool CanMerge(StoryId a, StoryId b) =>
        !spans.TryGetValue(a, out var first) || !spans.TryGetValue(b, out var second) || first.With(second).Length <= maxLength;

    /// <summary>The story reported first keeps its id (its links are the oldest); the other's id will lead to it.</summary>
    private (StoryId Kept, StoryId Gone) FirstReported(StoryId chosen, StoryId other) =>
        spans.TryGetValue(other, out var otherSpan) && (!spans.TryGetValue(chosen, out var chosenSpan) || otherSpan.First < chosenSpan.First)
            ? (other, chosen)
            : (chosen, other);

    /// <summary>
    /// How alike a report must be to a story's report to join it, <paramref name="distance"/>
    /// (milliseconds) from the story's farthest report: measured from the story's whole span, not
    /// from the report it is like, so that follow-ups like each other do not carry a story along
    /// day after day (the firing, the testimony about it, the reactions to the testimony).
    /// </summary>
    public static double SameEventThreshold(StoryOptions options, long distance) =>
        options.SameEventSimilarity + options.SameEventSimilarityPerDay * distance / EpochDays.MillisPerDay;
}
