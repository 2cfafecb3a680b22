using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// Thousands of distinct searches drawn from the archive itself, mixed as a real log mixes them:
/// words of random articles' headlines (frequent ones and rare ones, as readers pick them), the
/// rarest word of a headline, two of its words, two adjacent words as a phrase, a prefix, or
/// nothing (browsing); each alone, within the outlet of a random article, or within the three
/// months about its date. Each is asked once a round, so that no cache can stand in for speed;
/// seeded, so that an index gives the same searches every run.
/// </summary>
internal static partial class DiverseQueries
{
    public const int DefaultCount = 2_000;
    private const int Seed = 2026;

    private static readonly string[] Groups = ["word", "word", "word", "rare word", "two words", "two words", "phrase", "prefix", "browse"];

    public static IReadOnlyList<QueryKind> Draw(ArchiveIndex index, int count)
    {
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var random = new Random(Seed);
        var drawn = new Dictionary<string, QueryKind>();
        for (var attempt = 0; drawn.Count < count && attempt < count * 20; attempt++)
        {
            var doc = random.Next(reader.MaxDoc);
            if (live is not null && !live.Get(doc)) continue;
            var article = ArticleDocument.ToArticle(reader.Document(doc));
            var words = Words(article.Title);
            if (Query(Groups[random.Next(Groups.Length)], words, reader, random) is not { } typed) continue;
            var (filter, request) = Filtered(typed.Query, article, random);
            var kind = new QueryKind((typed.Query ?? "(browse)") + (filter == QueryMix.NoFilter ? "" : " +" + filter), typed.Group, filter, request);
            drawn.TryAdd(kind.QueryString, kind);
        }
        return [.. drawn.Values];
    }

    private static (string Group, string? Query)? Query(string group, List<string> words, IndexReader reader, Random random)
    {
        if (group == "browse") return (group, null);
        if (words.Count == 0) return null;
        var word = words[random.Next(words.Count)];
        var start = random.Next(Math.Max(1, words.Count - 1));
        return group switch
        {
            "word" => (group, word),
            "rare word" => (group, words.MinBy(w => reader.DocFreq(new Term(ArchiveSchema.Body, w)))),
            "two words" when words.Count > 1 && words[start] != words[start + 1] => (group, $"{words[start]} {words[random.Next(start + 1, words.Count)]}"),
            "phrase" when words.Count > 1 => (group, $"\"{words[start]} {words[start + 1]}\""),
            "prefix" when word.Length >= 6 => (group, word[..(4 + random.Next(word.Length - 5))] + "*"),
            _ => null,
        };
    }

    /// <summary>No filter half the time, else the article's outlet or the months about its date (or none when it has neither).</summary>
    private static (string Filter, SearchRequest Request) Filtered(string? query, Article article, Random random) => random.Next(4) switch
    {
        2 when article.Source is { } source => (QueryMix.SourceFilter, new SearchRequest { Query = query, Sources = [source] }),
        3 when article.Date is { } date => Dated(query, DateWindow.Around(DateOnly.FromDateTime(date.UtcDateTime))),
        _ => (QueryMix.NoFilter, new SearchRequest { Query = query }),
    };

    private static (string, SearchRequest) Dated(string? query, DateWindow window) =>
        (QueryMix.DateFilter, new SearchRequest { Query = query, From = window.From, To = window.To });

    /// <summary>A headline's words as a reader would type them: lowercase letters only, three or more, no stop words.</summary>
    private static List<string> Words(string title) =>
        [.. Word().Matches(title.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3 && !StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(w))];

    [GeneratedRegex(@"\b[a-z]+\b")]
    private static partial Regex Word();
}
