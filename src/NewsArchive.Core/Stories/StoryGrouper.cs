using System.Diagnostics;
using Lucene.Net.Index;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Stories.Features;

namespace NewsArchive.Core.Stories;

/// <summary>What a grouping pass did.</summary>
/// <param name="Grouped">Articles given a story in this pass (the ones new since the last pass).</param>
/// <param name="Joined">Of those, the ones that joined a story another article started.</param>
/// <param name="Merged">Stories merged into another because an article of this pass bridged them.</param>
/// <param name="Elapsed">How long the pass took.</param>
public sealed record StoryGrouping(int Grouped, int Joined, int Merged, TimeSpan Elapsed)
{
    public static readonly StoryGrouping None = new(0, 0, 0, TimeSpan.Zero);

    /// <summary>Articles that started a story of their own.</summary>
    public int Started => Grouped - Joined;
}

/// <summary>
/// Groups the articles of the index that have no story yet, whenever they were added: the links
/// of each (found in parallel, each thread moving through its share of them in date order with a
/// window of the days about each one) and then their stories, in date order. Articles grouped
/// before keep their stories, so a pass after each run groups an archive the same way as one pass
/// over all of it, except that an older article added later joins an existing story rather than
/// starting it.
/// </summary>
internal sealed class StoryGrouper(StoryOptions options, int threads)
{
    /// <summary>Shares of the dated articles per thread: enough that a slow share does not leave the other threads idle.</summary>
    private const int SharesPerThread = 4;

    /// <summary>
    /// Groups the ungrouped articles of <paramref name="reader"/> and hands each its story through
    /// <paramref name="setStory"/> (the article's id, its story, and the story it was first given,
    /// or null for an article grouped before whose story was merged into another).
    /// </summary>
    public StoryGrouping Group(IndexReader reader, Action<string, StoryId, StoryId?> setStory)
    {
        var clock = Stopwatch.StartNew();
        var (stories, dates, ungrouped) = ReadState(reader);
        if (ungrouped.Count == 0) return StoryGrouping.None;

        var order = ungrouped
            .OrderBy(doc => dates[doc] == SegmentCache.NoDate)
            .ThenBy(doc => dates[doc])
            .ThenBy(doc => doc)
            .ToList();
        var byDate = DatedByDate(reader, dates);
        var source = new StoryFeatureSource(reader);
        var found = new List<StoryLink>[order.Count];
        var ids = new string[order.Count];
        var shares = Shares(order.Count, threads * SharesPerThread);
        Parallel.ForEach(shares, new ParallelOptions { MaxDegreeOfParallelism = threads }, share =>
        {
            var features = source.NewReader();
            var candidates = new StoryCandidates(features, source, dates, options);
            var window = new EventWindow(features, byDate, dates, options.EventWindowDays * EpochDays.MillisPerDay);
            for (var i = share.Start; i < share.End; i++)
            {
                var doc = order[i];
                var dated = dates[doc] != SegmentCache.NoDate;
                if (dated) window.MoveTo(dates[doc]);
                var own = dated ? window.FeaturesOf(doc) : features.Of(doc);
                found[i] = candidates.LinksOf(doc, own, dated ? window : null);
                ids[i] = own.Id;
            }
        });

        var links = BothWays(order, found);
        var assignments = StoryAssignment.Assign(order, ids, links, stories, SpansOf(links, stories, dates), dates, options);

        var joined = 0;
        for (var i = 0; i < order.Count; i++)
        {
            var first = assignments.Given[order[i]];
            var story = assignments.Current(first);
            if (story != StoryId.StartedBy(ids[i])) joined++;
            setStory(ids[i], story, first);
        }
        if (assignments.MergedInto.Count > 0)
        {
            // The articles grouped before into a story now merged into another move with it.
            var features = source.NewReader();
            for (var doc = 0; doc < stories.Length; doc++)
                if (assignments.MergedInto.TryGetValue(new StoryId(stories[doc]), out var into))
                    setStory(features.Of(doc).Id, into, null);
        }
        return new StoryGrouping(order.Count, joined, assignments.MergedInto.Count, clock.Elapsed);
    }

    /// <summary>Contiguous runs of the ungrouped articles (in date order), one per task.</summary>
    private static List<Share> Shares(int count, int parts)
    {
        var size = Math.Max(1, (count + parts - 1) / parts);
        var shares = new List<Share>();
        for (var start = 0; start < count; start += size) shares.Add(new Share(start, Math.Min(count, start + size)));
        return shares;
    }

    /// <summary>The live dated articles, oldest first: the order the event windows move in.</summary>
    internal static int[] DatedByDate(IndexReader reader, long[] dates)
    {
        var live = MultiFields.GetLiveDocs(reader);
        var dated = Enumerable.Range(0, reader.MaxDoc)
            .Where(doc => dates[doc] != SegmentCache.NoDate && (live is null || live.Get(doc)))
            .ToArray();
        var keys = dated.Select(doc => dates[doc]).ToArray();
        Array.Sort(keys, dated);
        return dated;
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

/// <summary>Positions <see cref="Start"/> to <see cref="End"/> (exclusive) of a list.</summary>
internal readonly record struct Share(int Start, int End);
