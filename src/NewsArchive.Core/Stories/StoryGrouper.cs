using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Search;

namespace NewsArchive.Core.Stories;

/// <summary>What a grouping pass did.</summary>
/// <param name="Grouped">Articles given a story in this pass (the ones new since the last pass).</param>
/// <param name="Joined">Of those, the ones that joined a story another article started.</param>
/// <param name="Elapsed">How long the pass took.</param>
public sealed record StoryGrouping(int Grouped, int Joined, TimeSpan Elapsed)
{
    public static readonly StoryGrouping None = new(0, 0, TimeSpan.Zero);

    /// <summary>Articles that started a story of their own.</summary>
    public int Started => Grouped - Joined;
}

/// <summary>
/// Groups the articles of the index that have no story yet, whenever they were added: the links
/// of each (found in parallel, from a reader that sees every article written so far) and then
/// their stories, in date order. Articles grouped before keep their stories, so a pass after
/// each run groups an archive the same way as one pass over all of it, except that an older
/// article added later joins an existing story rather than starting it.
/// </summary>
internal sealed class StoryGrouper(Analyzer analyzer, StoryOptions options, int threads)
{
    /// <summary>Groups the ungrouped articles of <paramref name="reader"/> and hands each its story through <paramref name="setStory"/>.</summary>
    public StoryGrouping Group(IndexReader reader, Action<string, StoryId> setStory)
    {
        var clock = Stopwatch.StartNew();
        var (stories, dates, ungrouped) = ReadState(reader);
        if (ungrouped.Count == 0) return StoryGrouping.None;

        var order = ungrouped
            .OrderBy(doc => dates[doc] == SegmentCache.NoDate)
            .ThenBy(doc => dates[doc])
            .ThenBy(doc => doc)
            .ToList();
        var features = new StoryFeatureSource(reader, analyzer);
        var found = new List<StoryLink>[order.Count];
        var ids = new string[order.Count];
        Parallel.For(0, order.Count, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new PostingsLookup(reader),
            (i, _, postings) =>
            {
                ids[i] = features.Of(order[i], postings).Id;
                found[i] = new StoryCandidates(postings, features, dates, options).LinksOf(order[i]);
                return postings;
            },
            _ => { });

        var links = BothWays(order, found);
        var given = StoryAssignment.Assign(order, ids, links, stories, SpansOf(links, stories, dates), dates, options);

        var joined = 0;
        for (var i = 0; i < order.Count; i++)
        {
            var story = given[order[i]];
            if (story != StoryId.StartedBy(ids[i])) joined++;
            setStory(ids[i], story);
        }
        return new StoryGrouping(order.Count, joined, clock.Elapsed);
    }

    /// <summary>
    /// Every article's story and date (by document number), and the live articles without a story.
    /// A deleted article (an earlier version of a replaced one) belongs to no story: it is never
    /// linked to, and must not stretch the span of the story it was in.
    /// </summary>
    private static (long[] Stories, long[] Dates, List<int> Ungrouped) ReadState(IndexReader reader)
    {
        var stories = new long[reader.MaxDoc];
        var dates = new long[reader.MaxDoc];
        var ungrouped = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var segmentStories = segment.GetNumericDocValues(ArchiveSchema.Story);
            var segmentDates = SegmentCache.Dates(segment, ArchiveSchema.SortDate);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                var global = leaf.DocBase + doc;
                dates[global] = segmentDates[doc];
                if (live is not null && !live.Get(doc)) continue;
                stories[global] = segmentStories?.Get(doc) ?? StoryId.Ungrouped.Value;
                if (stories[global] == StoryId.Ungrouped.Value) ungrouped.Add(global);
            }
        }
        return (stories, dates, ungrouped);
    }

    /// <summary>The links of each ungrouped article, each link between two ungrouped articles listed from both (once).</summary>
    private static Dictionary<int, List<StoryLink>> BothWays(List<int> order, List<StoryLink>[] found)
    {
        var links = order.ToDictionary(doc => doc, _ => new List<StoryLink>());
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var link in found[i])
            {
                AddOnce(links[order[i]], link);
                if (links.TryGetValue(link.Doc, out var back)) AddOnce(back, link with { Doc = order[i] });
            }
        }
        return links;
    }

    private static void AddOnce(List<StoryLink> links, StoryLink link)
    {
        if (!links.Exists(l => l.Doc == link.Doc && l.Kind == link.Kind)) links.Add(link);
    }

    /// <summary>The spans of the stories grouped before that the links lead to: one look at every article's story.</summary>
    private static Dictionary<StoryId, StorySpan> SpansOf(Dictionary<int, List<StoryLink>> links, long[] stories, long[] dates)
    {
        var reached = links.Values.SelectMany(l => l).Select(l => stories[l.Doc]).Where(s => s != StoryId.Ungrouped.Value).ToHashSet();
        var spans = new Dictionary<StoryId, StorySpan>();
        if (reached.Count == 0) return spans;
        for (var doc = 0; doc < stories.Length; doc++)
        {
            if (!reached.Contains(stories[doc]) || dates[doc] == SegmentCache.NoDate) continue;
            var story = new StoryId(stories[doc]);
            spans[story] = spans.TryGetValue(story, out var span) ? span.With(dates[doc]) : new StorySpan(dates[doc], dates[doc]);
        }
        return spans;
    }
}
