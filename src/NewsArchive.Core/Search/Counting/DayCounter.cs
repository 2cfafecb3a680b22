using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Search.Counting;

/// <summary>Counts matching articles per UTC day from the date's numeric doc values; undated ones apart.</summary>
internal sealed class DayCounter : ICollector
{
    private NumericDocValues? dates;
    private IBits? hasDate;

    public Dictionary<long, int> CountsByDay { get; } = [];

    public int Undated { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        dates = context.AtomicReader.GetNumericDocValues(ArchiveSchema.Date);
        hasDate = context.AtomicReader.GetDocsWithField(ArchiveSchema.Date);
    }

    public void Collect(int doc)
    {
        if (dates is null || hasDate is null || !hasDate.Get(doc))
        {
            Undated++;
            return;
        }
        CollectionsMarshal.GetValueRefOrAddDefault(CountsByDay, EpochDays.FromMillis(dates.Get(doc)), out _)++;
    }
}
