using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsArchive.Core.Articles;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.Benchmarks.Relevance;

/// <summary>Where a query's words are drawn from.</summary>
internal enum WordSource
{
    /// <summary>The body only: what a reader remembers of the text, never helped by the headline.</summary>
    Body,

    /// <summary>Headline and body together: a reader remembers the headline best.</summary>
    Story,
}

/// <summary>What makes a story and its query words eligible.</summary>
/// <param name="MinBodyWords">Shorter stories (one-line price reports, tables) have too few words to remember.</param>
/// <param name="MaxDocumentFraction">A query word occurs in at most this share of stories: distinctive, not "said".</param>
internal sealed record SampleRules(int Size, int Seed, WordSource WordsFrom = WordSource.Body, int MinBodyWords = 50,
    double MaxDocumentFraction = SampleRules.DefaultMaxDocumentFraction, int MinQueryWords = 3, int MaxQueryWords = 5)
{
    public const double DefaultMaxDocumentFraction = 0.05;
}

/// <summary>
/// Draws known-item queries from a corpus, reproducibly for a seed: stories with long enough
/// bodies, each once however often it was sent, and for each 3–5 words picked at random among
/// its distinctive ones. A word is distinctive if few stories have it (see
/// <see cref="SampleRules.MaxDocumentFraction"/>) but at least one other story does: words only
/// one story has are mostly typos and codes, which would make the query trivially unique.
/// </summary>
internal static class KnownItemSampler
{
    private static readonly Analyzer Analyzer = ArchiveAnalyzer.Create();

    public static IReadOnlyList<KnownItem> Sample(IReadOnlyList<Article> articles, SampleRules rules)
    {
        // Stories sent twice under two ids are one story: grouped, in corpus order, so that
        // document frequencies count each once and the sample is the same on every run.
        var stories = articles
            .GroupBy(a => (a.Title, a.Body))
            .Select(g => Story.Of(g.First(), g.Select(a => a.Id), rules.WordsFrom))
            .ToList();
        var documentFrequency = stories
            .SelectMany(s => s.Words)
            .CountBy(word => word)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var maxFrequency = Math.Max(2, (int)(rules.MaxDocumentFraction * stories.Count));

        var random = new Random(rules.Seed);
        var candidates = stories.Where(s => s.BodyLength >= rules.MinBodyWords).ToArray();
        random.Shuffle(candidates);

        var items = new List<KnownItem>(rules.Size);
        foreach (var story in candidates)
        {
            if (items.Count == rules.Size) break;
            var distinctive = story.Words
                .Where(w => IsPlainWord(w) && documentFrequency[w] is >= 2 and var df && df <= maxFrequency)
                .ToArray();
            var count = random.Next(rules.MinQueryWords, rules.MaxQueryWords + 1);
            if (distinctive.Length < count) continue;
            random.Shuffle(distinctive);
            items.Add(new KnownItem(story.Id, story.Ids, distinctive[..count]));
        }
        if (items.Count < rules.Size)
            throw new InvalidOperationException($"Only {items.Count} stories have {rules.MaxQueryWords} distinctive words; ask for fewer.");
        return items;
    }

    /// <summary>
    /// Letters only: such a word is one token both for the archive's analyzer and for FTS5's
    /// unicode61 tokenizer, so both systems are asked for exactly the same words. Short ones are
    /// left out as a reader would.
    /// </summary>
    private static bool IsPlainWord(string word) => word.Length >= 3 && word.All(c => c is >= 'a' and <= 'z');

    /// <summary>The words as the archive indexes them, so that every query word is in the index.</summary>
    private static List<string> Tokens(string text)
    {
        var words = new List<string>();
        using var stream = Analyzer.GetTokenStream(ArchiveSchema.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }

    /// <param name="Words">The distinct words queries may be drawn from, in order of appearance.</param>
    private sealed record Story(string Id, IReadOnlySet<string> Ids, int BodyLength, IReadOnlyList<string> Words)
    {
        public static Story Of(Article article, IEnumerable<string> ids, WordSource source)
        {
            var body = Tokens(article.Body);
            var pool = source == WordSource.Story ? Tokens(article.Title).Concat(body) : body;
            return new Story(article.Id, ids.ToHashSet(StringComparer.Ordinal), body.Count, pool.Distinct().ToList());
        }
    }
}
