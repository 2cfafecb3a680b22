using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>Counts the distinct stories of a search's matches (an article not grouped yet counts as one): one bit per story.</summary>
internal sealed class StoryCounter(StoryTable table) : ICollector
{
    private readonly FixedBitSet seen = new(Math.Max(1, table.StoryCount));
    private int ungrouped;
    private int docBase;

    public int Stories => (int)seen.Cardinality + ungrouped;

    public void Collect(int doc)
    {
        var story = table.OrdinalOf(docBase + doc);
        if (story >= 0) seen.Set(story);
        else ungrouped++;
    }

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void SetScorer(Scorer scorer)
    {
    }

    public bool AcceptsDocsOutOfOrder => true;
}
