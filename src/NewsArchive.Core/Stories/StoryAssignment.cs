using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Core.Stories;

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
internal static class StoryAssignment
{

    /// <param name="order">The ungrouped articles (document numbers), in the order they are given stories.</param>
    /// <param name="ids">The id of each article of <paramref name="order"/>: a story started by an article is named after it.</param>
    /// <param name="links">Each ungrouped article's links, both ways between ungrouped articles.</param>
    /// <param name="stories">Each article's story from before this pass (by document number), <see cref="StoryId.Ungrouped"/> for the others.</param>
    /// <param name="spans">The spans of the earlier stories that links lead to.</param>
    /// <param name="dates">Each article's date, <see cref="SegmentCache.NoDate"/> for none.</param>
    public static StoryAssignments Assign(
        IReadOnlyList<int> order,
        IReadOnlyList<string> ids,
        IReadOnlyDictionary<int, List<StoryLink>> links,
        long[] stories,
        Dictionary<StoryId, StorySpan> spans,
        long[] dates,
        StoryOptions options)
    {
        var given = new Dictionary<int, StoryId>(order.Count);
        // Each merged story and the one it went into, which may itself have gone into another since:
        // followed to the end when read, so that a merge costs one entry however many came before.
        var mergedInto = new Dictionary<StoryId, StoryId>();
        var maxLength = options.MaxStoryDays * EpochDays.MillisPerDay;
        StoryId Current(StoryId story)
        {
            while (mergedInto.TryGetValue(story, out var into)) story = into;
            return story;
        }

        for (var i = 0; i < order.Count; i++)
        {
            var doc = order[i];
            var date = dates[doc];
            var joinable = new List<StoryId>();
            var mergeable = new List<StoryId>();
            var candidates = links.TryGetValue(doc, out var found) ? found : [];
            foreach (var link in candidates.OrderBy(l => l.Kind).ThenByDescending(l => l.Similarity).ThenBy(l => l.Doc))
            {
                var story = Current(given.TryGetValue(link.Doc, out var assigned) ? assigned : new StoryId(stories[link.Doc]));
                if (!story.IsGrouped || joinable.Contains(story)) continue;
                if (link.Kind == LinkKind.SameEvent && date != SegmentCache.NoDate && spans.TryGetValue(story, out var span)
                    && (span.With(date).Length > maxLength || link.Similarity < SameEventThreshold(options, span.FarthestFrom(date)))) continue;
                joinable.Add(story);
                if (link.Kind == LinkKind.NearCopy || link.Similarity >= options.MergeSimilarity) mergeable.Add(story);
            }

            var chosen = joinable.Count == 0 ? StoryId.StartedBy(ids[i]) : joinable[0];
            // The story joined is merged with the others only when the article is much like it too.
            if (mergeable.Contains(chosen))
            {
                foreach (var other in joinable.Skip(1).Where(mergeable.Contains))
                {
                    if (!CanMerge(spans, chosen, other, maxLength)) continue;
                    var (kept, gone) = FirstReported(spans, chosen, other);
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
        return new StoryAssignments(given, mergedInto.Keys.ToDictionary(story => story, Current));
    }

    /// <summary>Two stories may become one while their reports together stay within the longest span a story may have.</summary>
    private static bool CanMerge(Dictionary<StoryId, StorySpan> spans, StoryId a, StoryId b, long maxLength) =>
        !spans.TryGetValue(a, out var first) || !spans.TryGetValue(b, out var second) || first.With(second).Length <= maxLength;

    /// <summary>The story reported first keeps its id (its links are the oldest); the other's id will lead to it.</summary>
    private static (StoryId Kept, StoryId Gone) FirstReported(Dictionary<StoryId, StorySpan> spans, StoryId chosen, StoryId other) =>
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
