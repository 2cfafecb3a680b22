using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Stories;

/// <summary>
/// The first few stories of a search in its order, each by its best-placed
/// article, in one pass over the matches: a story's place is its best article's, an article not
/// grouped yet is a story of its own. The sort's own comparers place the articles (score, dates),
/// ties going to the lower document as in Lucene's top hits, so the list is exactly the full
/// ranking with each story's later articles left out. Each story kept has a slot of the comparers;
/// once as many are kept as are asked for, an article placed after the last of them is passed over
/// with one comparison, and a better one takes the last story's place (a story that lost its place
/// could only come back with a better article, whose place is then its best).
/// </summary>
internal sealed class TopStoriesCollector : ICollector
{
    private readonly StoryTable table;
    private readonly int size;
    private readonly FieldComparer[] comparers;
    private readonly int[] direction;
    private readonly Dictionary<long, Kept> kept;
    private SortedSet<Kept>? ordered;
    // The slot an article is copied into to be compared with its story's best; swapped with the
    // story's slot when it is better.
    private int spare;
    private int docBase;

    public TopStoriesCollector(Sort sort, StoryTable table, int size)
    {
        this.table = table;
        this.size = size;
        comparers = sort.GetSort().Select((field, i) => field.GetComparer(size + 1, i)).ToArray();
        direction = sort.GetSort().Select(field => field.IsReverse ? -1 : 1).ToArray();
        kept = new Dictionary<long, Kept>(Math.Min(size, 1024));
        spare = size;
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        foreach (var comparer in comparers) comparer.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        for (var i = 0; i < comparers.Length; i++) comparers[i] = comparers[i].SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (size == 0 || (ordered is not null && !BeatsLast(doc))) return;
        var global = docBase + doc;
        var story = table.OrdinalOf(global) is var ordinal and >= 0 ? ordinal : -1L - global;
        if (!kept.TryGetValue(story, out var known))
        {
            if (ordered is null) Add(story, global, slot: kept.Count, doc);
            else Replace(ordered.Max!, story, global, doc);
            return;
        }
        if (!Improves(known, doc)) return;
        ordered?.Remove(known);
        (known.Slot, spare) = (spare, known.Slot);
        known.Doc = global;
        ordered?.Add(known);
        SetLast();
    }

    /// <summary>The stories in order, each as its best-placed article.</summary>
    public ScoreDoc[] Hits() =>
        (ordered ?? (IEnumerable<Kept>)kept.Values.Order(Comparer<Kept>.Create(Compare)))
            .Select(story => new ScoreDoc(story.Doc, float.NaN))
            .ToArray();

    private void Add(long story, int global, int slot, int doc)
    {
        foreach (var comparer in comparers) comparer.Copy(slot, doc);
        kept[story] = new Kept(story, global, slot);
        if (kept.Count < size) return;
        ordered = new SortedSet<Kept>(kept.Values, Comparer<Kept>.Create(Compare));
        SetLast();
    }

    private void Replace(Kept last, long story, int global, int doc)
    {
        ordered!.Remove(last);
        kept.Remove(last.Story);
        foreach (var comparer in comparers) comparer.Copy(last.Slot, doc);
        var replacing = new Kept(story, global, last.Slot);
        kept[story] = replacing;
        ordered.Add(replacing);
        SetLast();
    }

    /// <summary>Whether the article is placed before the last story kept (a tie goes to the story kept: its article is the lower document).</summary>
    private bool BeatsLast(int doc)
    {
        for (var i = 0; i < comparers.Length; i++)
        {
            var c = direction[i] * comparers[i].CompareBottom(doc);
            if (c != 0) return c > 0;
        }
        return false;
    }

    /// <summary>Whether the article is placed before its story's best so far; its values are left in the spare slot.</summary>
    private bool Improves(Kept story, int doc)
    {
        for (var i = 0; i < comparers.Length; i++)
        {
            comparers[i].Copy(spare, doc);
            var c = direction[i] * comparers[i].Compare(story.Slot, spare);
            if (c == 0) continue;
            if (c < 0) return false;
            for (var rest = i + 1; rest < comparers.Length; rest++) comparers[rest].Copy(spare, doc);
            return true;
        }
        return false;
    }

    private void SetLast()
    {
        if (ordered?.Max is not { } last) return;
        foreach (var comparer in comparers) comparer.SetBottom(last.Slot);
    }

    private int Compare(Kept a, Kept b)
    {
        for (var i = 0; i < comparers.Length; i++)
        {
            var c = direction[i] * comparers[i].Compare(a.Slot, b.Slot);
            if (c != 0) return c;
        }
        return a.Doc.CompareTo(b.Doc);
    }

    private sealed class Kept(long story, int doc, int slot)
    {
        public long Story { get; } = story;

        public int Doc { get; set; } = doc;

        public int Slot { get; set; } = slot;
    }
}
