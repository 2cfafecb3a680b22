using Lucene.Net.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Readers;

/// <summary>
/// Every story of one reader and its articles, oldest first (undated last): built once per reader
/// (when a refresh opens it) and kept with its <see cref="ReaderState"/>, so that a page of hits learns each hit's story and its size with an
/// array read. Story ids are updated in place, without a new segment, so the table is kept per
/// reader, not per segment.
/// </summary>
public sealed class StoryTable
{
    private readonly int[] storyOfDoc;
    private readonly long[] ids;
    private readonly int[] starts;
    private readonly int[] members;
    private readonly int[] outlets;
    private readonly Dictionary<long, long> mergedInto;

    private StoryTable(int[] storyOfDoc, long[] ids, int[] starts, int[] members, int[] outlets, Dictionary<long, long> mergedInto)
    {
        this.mergedInto = mergedInto;
        this.storyOfDoc = storyOfDoc;
        this.ids = ids;
        this.starts = starts;
        this.members = members;
        this.outlets = outlets;
    }

    /// <summary>The table of <paramref name="searcher"/>'s reader, built on first use.</summary>
    public static StoryTable For(IndexSearcher searcher) => ReaderState.Of(searcher).Get(Build);

    /// <summary>Stories with at least one live article (an ungrouped article has none).</summary>
    public int StoryCount => ids.Length;

    /// <summary>The story of the article numbered <paramref name="doc"/>, or null if it has not been grouped.</summary>
    public StoryId? StoryOf(int doc) => storyOfDoc[doc] is var story and >= 0 ? new StoryId(ids[story]) : null;

    /// <summary>A number for the story of <paramref name="doc"/> in 0..<see cref="StoryCount"/>, or -1 if it has none.</summary>
    public int OrdinalOf(int doc) => storyOfDoc[doc];

    /// <summary>How many articles the story of <paramref name="doc"/> has (1 if it has none).</summary>
    public int SizeOf(int doc) => storyOfDoc[doc] is var story and >= 0 ? starts[story + 1] - starts[story] : 1;

    /// <summary>
    /// How many outlets the story of <paramref name="doc"/> has: its distinct sources, and each
    /// article with no known source as one more (nothing says two of them are the same outlet).
    /// </summary>
    public int OutletsOf(int doc) => storyOfDoc[doc] is var story and >= 0 ? outlets[story] : 1;

    /// <summary>The articles of the story, oldest first; empty for a story with none in this reader.</summary>
    public ReadOnlySpan<int> Members(StoryId story)
    {
        var ordinal = Array.BinarySearch(ids, story.Value);
        return ordinal < 0 ? [] : MembersAt(ordinal);
    }

    /// <summary>The articles of the story of <paramref name="doc"/>, oldest first; just itself if it has none.</summary>
    public int[] MembersWith(int doc) => storyOfDoc[doc] is var story and >= 0 ? MembersAt(story).ToArray() : [doc];

    /// <summary>The story that <paramref name="story"/> was merged into, when an article bridged them; null for any other id.</summary>
    public StoryId? MergedInto(StoryId story) => mergedInto.TryGetValue(story.Value, out var into) ? new StoryId(into) : null;

    /// <summary>Every story and its articles, in no particular order.</summary>
    public IEnumerable<(StoryId Story, int[] Members)> All()
    {
        for (var story = 0; story < ids.Length; story++) yield return (new StoryId(ids[story]), MembersAt(story).ToArray());
    }

    private ReadOnlySpan<int> MembersAt(int story) => members.AsSpan(starts[story], starts[story + 1] - starts[story]);

    private static StoryTable Build(ReaderState state)
    {
        var reader = state.Reader;
        var grouped = new List<(long Story, long Date, int Doc)>();
        var mergedInto = new Dictionary<long, long>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var stories = segment.GetNumericDocValues(ArchiveSchema.Story);
            if (stories is null) continue;
            var firstStories = segment.GetNumericDocValues(ArchiveSchema.FirstStory);
            var dates = state.Segments.Dates(segment, ArchiveSchema.SortDate);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                var story = stories.Get(doc);
                if (story == StoryId.Ungrouped.Value || (live is not null && !live.Get(doc))) continue;
                if (firstStories?.Get(doc) is { } first && first != StoryId.Ungrouped.Value && first != story) mergedInto[first] = story;
                // Undated articles sort after the dated ones of their story.
                grouped.Add((story, dates[doc] == SegmentCache.NoDate ? long.MaxValue : dates[doc], leaf.DocBase + doc));
            }
        }
        grouped.Sort();

        var storyOfDoc = new int[reader.MaxDoc];
        Array.Fill(storyOfDoc, -1);
        var ids = new List<long>();
        var starts = new List<int>();
        var members = new int[grouped.Count];
        for (var i = 0; i < grouped.Count; i++)
        {
            var (story, _, doc) = grouped[i];
            if (ids.Count == 0 || ids[^1] != story)
            {
                ids.Add(story);
                starts.Add(i);
            }
            members[i] = doc;
            storyOfDoc[doc] = ids.Count - 1;
        }
        starts.Add(grouped.Count);
        return new StoryTable(storyOfDoc, ids.ToArray(), starts.ToArray(), members, CountOutlets(state, starts, members), mergedInto);
    }

    private static int[] CountOutlets(ReaderState state, List<int> starts, int[] members)
    {
        var reader = state.Reader;
        var sourceOfDoc = new int[reader.MaxDoc];
        var sources = ReaderFacets.For(state).Ordinals(Facet.Sources);
        var leaves = reader.Leaves;
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            var segment = sources.Segment(leaf);
            var toGlobal = sources.ToGlobal(leaf);
            for (var doc = 0; doc < leaves[leaf].AtomicReader.MaxDoc; doc++)
                sourceOfDoc[leaves[leaf].DocBase + doc] = segment.OrdinalOf(doc) is var ordinal and >= 0 ? toGlobal[ordinal] : -1;
        }
        var outlets = new int[starts.Count - 1];
        var seen = new HashSet<int>();
        for (var story = 0; story < outlets.Length; story++)
        {
            seen.Clear();
            var unknown = 0;
            for (var i = starts[story]; i < starts[story + 1]; i++)
                if (sourceOfDoc[members[i]] is var source and >= 0) seen.Add(source);
                else unknown++;
            outlets[story] = seen.Count + unknown;
        }
        return outlets;
    }
}
