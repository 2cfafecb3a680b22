using System.Diagnostics;
using Lucene.Net.Index;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Stories.Features;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>
/// Groups the articles of the index that have no story yet, whenever they were added: in blocks
/// of them in date order, the links of each article of a block (found in parallel, each thread
/// moving through its share of the block in date order with a window of the days about each one)
/// and then their stories, one at a time. What is held is a block's links and a few numbers an
/// article, whatever the archive's size. Articles grouped before keep their stories, so a pass
/// after each run groups an archive the same way as one pass over all of it, except that an older
/// article added later joins an existing story rather than starting it.
/// </summary>
internal sealed class StoryGrouper(StoryOptions options, int threads, int blockSize = StoryGrouper.DefaultBlockSize)
{
    /// <summary>Shares of a block per thread: enough that a slow share does not leave the other threads idle.</summary>
    private const int SharesPerThread = 4;

    /// <summary>
    /// Articles whose links are found before they are given stories: few enough that their links
    /// take little memory, many enough that each share's window (which starts with the days before
    /// its first article) is read mostly for the share's own articles.
    /// </summary>
    public const int DefaultBlockSize = 65_536;

    /// <summary>
    /// Groups the ungrouped articles of <paramref name="reader"/> (every article when
    /// <paramref name="regroup"/>) and hands each its story through <paramref name="setStory"/>
    /// (the article's id, its story, and the story it was first given, or null for an article
    /// grouped before whose story was merged into another).
    /// </summary>
    public StoryGrouping Group(IndexReader reader, Action<string, StoryId, StoryId?> setStory, bool regroup = false)
    {
        var clock = Stopwatch.StartNew();
        var (stories, dates, ungrouped) = ReadState(reader, regroup);
        if (ungrouped.Count == 0) return StoryGrouping.None;

        var order = ungrouped
            .OrderBy(doc => dates[doc] == SegmentCache.NoDate)
            .ThenBy(doc => dates[doc])
            .ThenBy(doc => doc)
            .ToList();
        var source = new StoryFeatureSource(reader);
        var finder = new LinkFinder(source, order, dates, options, threads);
        var assignment = new StoryAssignment(stories, SpansOf(stories, dates), dates, options);
        var ids = new string[order.Count];
        var position = Positions(order, reader.MaxDoc);
        // Links found from an article to one later in the order, kept until that one is given its
        // story: the later one may not have found the earlier itself (candidates are the nearest few).
        var toLater = new Dictionary<int, List<StoryLink>>();
        for (var start = 0; start < order.Count; start += blockSize)
        {
            var end = Math.Min(order.Count, start + blockSize);
            var found = finder.Find(start, end, ids);
            for (var i = start; i < end; i++)
                foreach (var link in found[i - start])
                    if (position[link.Doc] > i) Add(toLater, link.Doc, link with { Doc = order[i] });
            for (var i = start; i < end; i++)
            {
                var links = toLater.Remove(order[i], out var back) ? found[i - start].Concat(back) : found[i - start];
                assignment.Assign(order[i], ids[i], links);
            }
        }

        var assignments = assignment.Result;
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
                    setStory(features.IdOf(doc), into, null);
        }
        return new StoryGrouping(order.Count, joined, assignments.MergedInto.Count, clock.Elapsed);
    }

    /// <summary>Each article's place in <paramref name="order"/>, -1 for one not in it.</summary>
    private static int[] Positions(List<int> order, int maxDoc)
    {
        var position = new int[maxDoc];
        Array.Fill(position, -1);
        for (var i = 0; i < order.Count; i++) position[order[i]] = i;
        return position;
    }

    private static void Add(Dictionary<int, List<StoryLink>> links, int doc, StoryLink link)
    {
        if (!links.TryGetValue(doc, out var list)) links[doc] = list = [];
        list.Add(link);
    }

    /// <summary>Finds the links of a block of the articles to group, in parallel.</summary>
    private sealed class LinkFinder
    {
        private readonly List<int> order;
        private readonly long[] dates;
        private readonly StoryOptions options;
        private readonly int threads;
        private readonly int[] byDate;
        private readonly StoryFeatureSource source;
        private readonly NearCopyTable? table;

        public LinkFinder(StoryFeatureSource source, List<int> order, long[] dates, StoryOptions options, int threads)
        {
            (this.source, this.order, this.dates, this.options, this.threads) = (source, order, dates, options, threads);
            byDate = DatedByDate(source.Reader, dates);
            table = UsesTable(source.Reader, order.Count) ? NearCopyTable.Read(source.NewReader()) : null;
        }

        /// <summary>The links of the articles at <paramref name="start"/> to <paramref name="end"/> of the order (by their place less start); their ids go into <paramref name="ids"/>.</summary>
        public List<StoryLink>[] Find(int start, int end, string[] ids)
        {
            var found = new List<StoryLink>[end - start];
            Parallel.ForEach(Shares(start, end, threads * SharesPerThread), new ParallelOptions { MaxDegreeOfParallelism = threads }, share =>
            {
                var features = source.NewReader();
                var candidates = new StoryCandidates(features, source, table ?? (INearCopyBands)new IndexedNearCopyBands(features.Postings), dates, options);
                var window = new EventWindow(features, byDate, dates, options.EventWindowDays * EpochDays.MillisPerDay);
                for (var i = share.Start; i < share.End; i++)
                {
                    var doc = order[i];
                    var dated = dates[doc] != SegmentCache.NoDate;
                    if (dated) window.MoveTo(dates[doc]);
                    var own = dated ? window.FeaturesOf(doc) : features.Of(doc);
                    found[i - start] = candidates.LinksOf(doc, own, dated ? window : null);
                    ids[i] = own.Id;
                }
            });
            return found;
        }
    }

    /// <summary>
    /// Whether the near-copy bands of <paramref name="ungrouped"/> articles are better looked up in
    /// a table of every article's (one read of each) than in the index (a seek per band and segment
    /// for each of them): for a new archive, and for any update of a sizeable share of one.
    /// </summary>
    private static bool UsesTable(IndexReader reader, int ungrouped) => (long)ungrouped * reader.Leaves.Count >= reader.NumDocs;

    /// <summary>Contiguous runs of the ungrouped articles (in date order) from <paramref name="start"/> to <paramref name="end"/>, one per task.</summary>
    private static List<Share> Shares(int start, int end, int parts)
    {
        var size = Math.Max(1, (end - start + parts - 1) / parts);
        var shares = new List<Share>();
        for (var first = start; first < end; first += size) shares.Add(new Share(first, Math.Min(end, first + size)));
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
    private static (long[] Stories, long[] Dates, List<int> Ungrouped) ReadState(IndexReader reader, bool regroup)
    {
        var stories = new long[reader.MaxDoc];
        var dates = new long[reader.MaxDoc];
        var ungrouped = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var segmentStories = segment.GetNumericDocValues(ArchiveSchema.Story);
            var segmentDates = SegmentCache.ReadNumbers(segment, ArchiveSchema.SortDate, SegmentCache.NoDate);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                var global = leaf.DocBase + doc;
                dates[global] = segmentDates[doc];
                if (live is not null && !live.Get(doc)) continue;
                stories[global] = regroup ? StoryId.Ungrouped.Value : segmentStories?.Get(doc) ?? StoryId.Ungrouped.Value;
                if (stories[global] == StoryId.Ungrouped.Value) ungrouped.Add(global);
            }
        }
        return (stories, dates, ungrouped);
    }

    /// <summary>The spans of the stories grouped before: a story this pass's articles join or merge may not grow past its longest span.</summary>
    private static Dictionary<StoryId, StorySpan> SpansOf(long[] stories, long[] dates)
    {
        var spans = new Dictionary<StoryId, StorySpan>();
        for (var doc = 0; doc < stories.Length; doc++)
        {
            if (stories[doc] == StoryId.Ungrouped.Value || dates[doc] == SegmentCache.NoDate) continue;
            var story = new StoryId(stories[doc]);
            spans[story] = spans.TryGetValue(story, out var span) ? span.With(dates[doc]) : new StorySpan(dates[doc], dates[doc]);
        }
        return spans;
    }
}

/// <summary>Positions <see cref="Start"/> to <see cref="End"/> (exclusive) of a list.</summary>
internal readonly record struct Share(int Start, int End);
