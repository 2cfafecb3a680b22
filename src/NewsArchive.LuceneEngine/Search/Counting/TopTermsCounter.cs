using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Terms;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.LuceneEngine.Search.Counting;

/// <summary>
/// The words most characteristic of a search's matches: the text (body) of the matches read (all,
/// or a random sample) split as the index splits it, each word counted once per article, then ranked
/// by <see cref="Keyness"/> against the whole archive, whose counts are the index's own document
/// frequencies. No index of which words each article holds is kept (term vectors would
/// double the index), so the text is read back; hence the sample.
/// </summary>
internal static class TopTermsCounter
{
    // The body alone, as the archive's counts are its: a word in some headlines but not their
    // bodies would be counted in the matches but not the whole archive (a word's articles are
    // counted per field), and every headline's words are nearly always its article's too.
    private static readonly ISet<string> TextFields = new HashSet<string> { ArchiveSchema.Body };

    /// <summary>Words longer than this are ids, addresses or runs of glued words, not vocabulary.</summary>
    private const int MaxWordLength = 30;

    /// <summary>
    /// Words read of each article, as MoreLikeThis reads them: a news article's vocabulary is in its
    /// first few thousand words, and a book-length one (the archive holds some of megabytes) must
    /// not make a list of words take minutes.
    /// </summary>
    private const int MaxWordsPerArticle = 5_000;

    /// <param name="query">The search, <paramref name="request"/> holding its filters.</param>
    /// <param name="wordsOf">The search with word forms on: the words it looks for in any form are left out.</param>
    public static TopTerms Count(IndexSearcher searcher, Analyzer analyzer, Query query, Query wordsOf, SearchRequest request, int max, int read, CancellationToken cancellation)
    {
        // The sample: the first matches in the random order of the request's seed, a uniform draw.
        var top = TopFieldCollector.Create(Matches.SortFor(SearchSort.Random, request.Seed, ReaderState.Of(searcher).Segments), read, false, false, false, false);
        searcher.Search(SearchFilters.Apply(searcher, query, request), new DeadlineCollector(top, cancellation));
        var total = top.TotalHits;
        var docs = top.GetTopDocs().ScoreDocs;

        var inMatches = CountWords(searcher, analyzer, docs, cancellation);

        var reader = searcher.IndexReader;
        var docFreqs = new SegmentDocFreqs(reader, [ArchiveSchema.Body]);
        var matcher = new QueryTermMatcher(wordsOf);
        var archiveSize = reader.NumDocs;
        var terms = inMatches
            .Where(word => word.Value >= TopTerms.MinMatches && !IsQueryWord(matcher, analyzer, word.Key))
            .Select(word =>
            {
                // Against the whole archive (the matches in it): the sample's share of a word against
                // the archive's, with no estimate of how many of all the matches hold it, so that a
                // sample ranks words as reading every match would, but for the sample's own chance.
                var inArchive = Math.Max(docFreqs.Of(0, new BytesRef(word.Key)), word.Value);
                var score = Keyness.LogLikelihood(word.Value, docs.Length, inArchive, archiveSize);
                return new TermCount(word.Key, word.Value, inArchive, Math.Round(score, 2));
            })
            .Where(term => term.Score > 0)
            .OrderByDescending(term => term.Score)
            .ThenBy(term => term.Term, StringComparer.Ordinal)
            .Take(max)
            .ToList();
        return new TopTerms(request, total, docs.Length, terms, archiveSize, ResultSet.VersionOf(searcher));
    }

    /// <summary>Articles read per thread at least: fewer are not worth a thread.</summary>
    private const int ArticlesPerThread = 100;

    /// <summary>
    /// In how many of <paramref name="docs"/> each word is. Reading an article's text (loading it,
    /// decompressing its block, splitting it) is nearly all the work, and each article is read
    /// alone, so the articles are shared out among the cores, each counting its own, and the
    /// counts added up: a list of words is asked for by one reader at a time, who waits for it.
    /// </summary>
    private static Dictionary<string, int> CountWords(IndexSearcher searcher, Analyzer analyzer, ScoreDoc[] docs, CancellationToken cancellation)
    {
        var parts = Math.Clamp(docs.Length / ArticlesPerThread, 1, Environment.ProcessorCount);
        var counts = new Dictionary<string, int>[parts];
        Parallel.For(0, parts, new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = parts }, part =>
        {
            var words = new WordCounts();
            for (var article = part; article < docs.Length; article += parts)
            {
                cancellation.ThrowIfCancellationRequested();
                foreach (var text in searcher.Doc(docs[article].Doc, TextFields).GetValues(ArchiveSchema.Body))
                    words.Add(analyzer, text, article);
            }
            counts[part] = words.Articles();
        });
        var total = counts[0];
        foreach (var part in counts.Skip(1))
            foreach (var (word, articles) in part)
                total[word] = total.GetValueOrDefault(word) + articles;
        return total;
    }

    /// <summary>
    /// In how many articles each word is, counted as the articles' words are read: a word already
    /// seen is found by its characters without making a string of them (a string per word read was
    /// most of the time), and counted once per article.
    /// </summary>
    private sealed class WordCounts
    {
        private readonly Dictionary<string, Count> counts = new(StringComparer.Ordinal);

        /// <summary>Counts the words of <paramref name="text"/>, as the exact fields index them, for article number <paramref name="article"/>, less stop words, numbers, possessives and oddities.</summary>
        public void Add(Analyzer analyzer, string text, int article)
        {
            var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
            using var tokens = analyzer.GetTokenStream(ArchiveSchema.Body, text);
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            for (var read = 0; read < MaxWordsPerArticle && tokens.IncrementToken(); read++)
            {
                var length = term.Length;
                if (length < 3 || length > MaxWordLength) continue;
                var chars = term.Buffer.AsSpan(0, length);
                if (!lookup.TryGetValue(chars, out var count))
                {
                    // "trump's" is a form of "trump"; "2,000" and "1987" are numbers, not words.
                    if (chars.Contains('\'') || !HasLetter(chars) || StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(term.Buffer, 0, length)) continue;
                    lookup[chars] = count = new Count();
                }
                if (count.LastArticle == article) continue;
                count.LastArticle = article;
                count.Articles++;
            }
            tokens.End();
        }

        public Dictionary<string, int> Articles() => counts.ToDictionary(pair => pair.Key, pair => pair.Value.Articles, StringComparer.Ordinal);

        private static bool HasLetter(ReadOnlySpan<char> chars)
        {
            foreach (var c in chars)
                if (char.IsLetter(c)) return true;
            return false;
        }

        private sealed class Count
        {
            public int Articles;
            public int LastArticle = -1;
        }
    }

    /// <summary>Whether the query looks for the word, as written or in another form (its stem).</summary>
    private static bool IsQueryWord(QueryTermMatcher matcher, Analyzer analyzer, string word)
    {
        if (matcher.MayMatch(ArchiveSchema.Body, word) || matcher.MayMatch(ArchiveSchema.Title, word)) return true;
        using var tokens = analyzer.GetTokenStream(ArchiveSchema.BodyStem, word);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        var stem = tokens.IncrementToken() ? term.ToString() : word;
        tokens.End();
        return matcher.MayMatch(ArchiveSchema.BodyStem, stem) || matcher.MayMatch(ArchiveSchema.TitleStem, stem);
    }
}
