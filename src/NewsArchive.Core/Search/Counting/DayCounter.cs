using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.Core.Indexing;

namespace NewsArchive.Core.Search.Counting;

/// <summary>Counts matching articles per UTC day from the date's numeric doc values; undated ones apart.</summary>
internal sealed class DayCounter : ICollector
{
    private const long MillisPerDay = 86_400_000;

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
        var day = Math.DivRem(dates.Get(doc), MillisPerDay, out var rest);
        if (rest < 0) day--;
        CollectionsMarshal.GetValueRefOrAddDefault(CountsByDay, day, out _)++;
    }
}
