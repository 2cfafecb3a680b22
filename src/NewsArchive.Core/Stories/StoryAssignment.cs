using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Core.Stories;

/// <summary>The first and last day (epoch milliseconds) of a story's dated reports.</summary>
internal readonly record struct StorySpan(long First, long Last)
{
    public StorySpan With(long date) => new(Math.Min(First, date), Math.Max(Last, date));

    public long Length => Last - First;
}

/// <summary>
/// Gives each ungrouped article a story, one at a time in date order (the way news arrives):
/// it joins the story of the most alike article that already has one — a near-copy before a
/// report of the same event — or starts a story of its own. A report of the same event may join
/// only while the story's dated reports stay within <see cref="StoryOptions.MaxStoryDays"/>; a
/// near-copy always may. An article's story never changes once given, so links and pages stay valid.
/// </summary>
internal static class StoryAssignment
{
    /// <param name="order">The ungrouped articles (document numbers), in the order they are given stories.</param>
    /// <param name="ids">The id of each article of <paramref name="order"/>: a story started by an article is named after it.</param>
    /// <param name="links">Each ungrouped article's links, both ways between ungrouped articles.</param>
    /// <param name="stories">Each article's story from before this pass (by document number), <see cref="StoryId.Ungrouped"/> for the others.</param>
    /// <param name="spans">The spans of the earlier stories that links lead to.</param>
    /// <param name="dates">Each article's date, <see cref="SegmentCache.NoDate"/> for none.</param>
    public static Dictionary<int, StoryId> Assign(
        IReadOnlyList<int> order,
        IReadOnlyList<string> ids,
        IReadOnlyDictionary<int, List<StoryLink>> links,
        long[] stories,
        Dictionary<StoryId, StorySpan> spans,
        long[] dates,
        StoryOptions options)
    {
        var given = new Dictionary<int, StoryId>(order.Count);
        var maxLength = options.MaxStoryDays * EpochDays.MillisPerDay;
        for (var i = 0; i < order.Count; i++)
        {
            var doc = order[i];
            var date = dates[doc];
            var chosen = StoryId.Ungrouped;
            var candidates = links.TryGetValue(doc, out var found) ? found : [];
            foreach (var link in candidates.OrderBy(l => l.Kind).ThenByDescending(l => l.Similarity).ThenBy(l => l.Doc))
            {
                var story = given.TryGetValue(link.Doc, out var assigned) ? assigned : new StoryId(stories[link.Doc]);
                if (!story.IsGrouped) continue;
                if (link.Kind == LinkKind.SameEvent && date != SegmentCache.NoDate
                    && spans.TryGetValue(story, out var span) && span.With(date).Length > maxLength) continue;
                chosen = story;
                break;
            }
            if (!chosen.IsGrouped) chosen = StoryId.StartedBy(ids[i]);
            given[doc] = chosen;
            if (date != SegmentCache.NoDate)
                spans[chosen] = spans.TryGetValue(chosen, out var before) ? before.With(date) : new StorySpan(date, date);
        }
        return given;
    }
}
