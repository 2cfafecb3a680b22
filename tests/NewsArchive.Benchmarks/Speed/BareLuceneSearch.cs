using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// The floor for a search of this index: the query the app parses from the same text, with the
/// same filters and scoring, and Lucene.Net alone computing what the "counts" search answers (the
/// top 10 with their headlines, the total, the count of every outlet and keyword value, the
/// articles of each month) in one pass. What the app takes beyond this is its own work.
/// </summary>
internal sealed class BareLuceneSearch(ArchiveIndex index, Analyzer analyzer)
{
    private static readonly ISet<string> TitleOnly = new HashSet<string> { ArchiveSchema.Title };

    /// <summary>Searches and returns the total, so that nothing is optimised away.</summary>
    public int Search(SearchRequest request)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var query = Filtered(UserQueryParser.Parse(request.Query, analyzer).Query, request);
        var top = TopScoreDocCollector.Create(request.PageSize, docsScoredInOrder: true);
        var counts = new CountsCollector();
        searcher.Search(query, MultiCollector.Wrap(top, counts));
        counts.Finish();
        foreach (var hit in top.GetTopDocs().ScoreDocs) searcher.Doc(hit.Doc, TitleOnly);
        return top.TotalHits + counts.Values.Count;
    }

    /// <summary>The outlets and dates of the request as stock Lucene filters: any of the outlets, and the dates asked only of what the query matches.</summary>
    private static Query Filtered(Query query, SearchRequest request)
    {
        if (request.Sources.Count > 0)
        {
            var sources = new BooleanQuery();
            foreach (var source in request.Sources) sources.Add(new TermQuery(new Term(ArchiveSchema.Source, ArchiveSchema.SourceKey(source))), Occur.SHOULD);
            query = new FilteredQuery(query, new QueryWrapperFilter(sources));
        }
        if (request.From is null && request.To is null) return query;
        long? from = request.From is { } start ? new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds() : null;
        long? to = request.To is { } end ? new DateTimeOffset(end.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero).ToUnixTimeMilliseconds() : null;
        return new FilteredQuery(query, FieldCacheRangeFilter.NewInt64Range(ArchiveSchema.Date, from, to, true, true), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);
    }

    /// <summary>Counts each outlet, each keyword value and each month of the matches, by segment ordinals resolved once a segment.</summary>
    private sealed class CountsCollector : ICollector
    {
        private SortedDocValues? sources;
        private int[] sourceCounts = [];
        private readonly List<(SortedSetDocValues Values, long[] Counts)> keywords = [];
        private NumericDocValues? dates;
        private IBits? hasDate;

        /// <summary>"source/value", "kw.list/value" and "month/yyyy-MM": counts of the segments done.</summary>
        public Dictionary<string, int> Values { get; } = new(StringComparer.Ordinal);

        /// <summary>Months from 1900 to 2099 by number; a month outside (a mistyped year) in <see cref="otherMonths"/>.</summary>
        private readonly int[] months = new int[200 * 12];
        private readonly Dictionary<int, int> otherMonths = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context)
        {
            Flush();
            var segment = context.AtomicReader;
            sources = segment.GetSortedDocValues(ArchiveSchema.Source);
            sourceCounts = new int[sources?.ValueCount ?? 0];
            keywords.Clear();
            foreach (var field in segment.FieldInfos)
                if (field.Name.StartsWith(ArchiveSchema.KeywordPrefix, StringComparison.Ordinal) && segment.GetSortedSetDocValues(field.Name) is { } values)
                    keywords.Add((values, new long[values.ValueCount]));
            dates = segment.GetNumericDocValues(ArchiveSchema.Date);
            hasDate = segment.GetDocsWithField(ArchiveSchema.Date);
        }

        public void Collect(int doc)
        {
            if (sources?.GetOrd(doc) is >= 0 and var source) sourceCounts[source]++;
            foreach (var (values, counts) in keywords)
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) counts[ord]++;
            }
            if (dates is not null && hasDate?.Get(doc) == true)
            {
                var date = DateTimeOffset.FromUnixTimeMilliseconds(dates.Get(doc));
                var month = (date.Year - 1900) * 12 + date.Month - 1;
                if ((uint)month < months.Length) months[month]++;
                else otherMonths[month] = otherMonths.GetValueOrDefault(month) + 1;
            }
        }

        /// <summary>Resolves the finished segment's ordinals to values.</summary>
        private void Flush()
        {
            var scratch = new BytesRef();
            for (var ord = 0; ord < sourceCounts.Length; ord++)
            {
                if (sourceCounts[ord] == 0) continue;
                sources!.LookupOrd(ord, scratch);
                Add("source/" + scratch.Utf8ToString(), sourceCounts[ord]);
            }
            foreach (var (values, counts) in keywords)
            {
                for (var ord = 0; ord < counts.Length; ord++)
                {
                    if (counts[ord] == 0) continue;
                    values.LookupOrd(ord, scratch);
                    Add("kw/" + scratch.Utf8ToString(), (int)counts[ord]);
                }
            }
            for (var month = 0; month < months.Length; month++)
                if (months[month] > 0) Add($"month/{month}", months[month]);
            foreach (var (month, count) in otherMonths) Add($"month/{month}", count);
            Array.Clear(months);
            otherMonths.Clear();
        }

        private void Add(string key, int count) => Values[key] = Values.GetValueOrDefault(key) + count;

        /// <summary>The last segment's counts: call once the search is done.</summary>
        public void Finish() => Flush();
    }
}
