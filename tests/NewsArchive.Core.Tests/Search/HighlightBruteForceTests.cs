using Lucene.Net.Analysis;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;
using NewsArchive.LuceneEngine.Search.Highlighting;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// The marks of real articles checked word by word against what each query asks for, worked
/// out without the matcher: every marked word is one the query looks for (the word, another form
/// of it, a prefix, a word within the edit distance, a phrase standing whole), and every such
/// word is marked.
/// </summary>
[Collection(ArchiveCollection.Name)]
public sealed class HighlightBruteForceTests(ArchiveFixture archive) : IDisposable
{
    /// <summary>Enough articles to meet every case, few enough to stay quick.</summary>
    private const int Sample = 3_000;

    private readonly Analyzer analyzer = ArchiveAnalyzer.Create();

    public void Dispose() => analyzer.Dispose();

    /// <summary>A word of a text: as the exact field and the stemmed field index it, and where it is.</summary>
    private sealed record Word(string Exact, string Stem, int Start, int End);

    /// <summary>Which words of a text (by index) a query should mark.</summary>
    private delegate IEnumerable<int> Expectation(IReadOnlyList<Word> words);

    public static TheoryData<string> Queries => ["oil prices", "\"oil prices\"", "export*", "cofee~1", "wheat -corn", "\"crude oil\" prices"];

    private Expectation ExpectedFor(string query) => query switch
    {
        "oil prices" => AnyForm("oil", "prices"),
        "\"oil prices\"" => Phrase("oil", "prices"),
        "export*" => words => Indexes(words, w => w.Exact.StartsWith("export", StringComparison.Ordinal)),
        "cofee~1" => words => Indexes(words, w => EditDistance(w.Exact, "cofee") <= 1),
        "wheat -corn" => AnyForm("wheat"),
        "\"crude oil\" prices" => words => Phrase("crude", "oil")(words).Concat(AnyForm("prices")(words)),
        _ => throw new ArgumentOutOfRangeException(nameof(query)),
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void EveryMarkIsAWordTheQueryAsksFor_AndEverySuchWordIsMarked(string query)
    {
        var matcher = new QueryTermMatcher(UserQueryParser.Parse(query, analyzer).Query);
        var highlighter = new TextHighlighter(analyzer);
        var expectation = ExpectedFor(query);
        var failures = new List<string>();
        var marksSeen = 0;

        foreach (var article in archive.Articles.Take(Sample))
        {
            foreach (var (field, text) in new[] { (ArchiveSchema.Title, article.Title), (ArchiveSchema.Body, article.Body) })
            {
                var words = Words(field, text);
                var expected = expectation(words).ToHashSet();
                var marks = Marks(highlighter.MarkAll(field, text, matcher));
                var marked = Indexes(words, w => marks.Any(m => w.Start >= m.Start && w.End <= m.End)).ToHashSet();
                marksSeen += marks.Count;

                if (!expected.SetEquals(marked))
                    failures.Add($"{article.Id} {field}: expected [{Show(words, expected)}], marked [{Show(words, marked)}]");
                foreach (var mark in marks.Where(m => !words.Any(w => w.Start == m.Start) || !words.Any(w => w.End == m.End)))
                    failures.Add($"{article.Id} {field}: \"{text[mark.Start..mark.End]}\" does not start and end with a word");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.True(marksSeen > 10, $"only {marksSeen} marks for {query}: the sample does not test it");
    }

    private List<Word> Words(string field, string text)
    {
        var stems = AnalysedToken.Of(analyzer, field + ".stem", text).ToDictionary(t => t.Start, t => t.Term);
        return AnalysedToken.Of(analyzer, field, text)
            .Select(t => new Word(t.Term, stems[t.Start], t.Start, t.End))
            .ToList();
    }

    private Expectation AnyForm(params string[] queryWords)
    {
        var stems = queryWords.Select(Stem).ToHashSet();
        return words => Indexes(words, w => queryWords.Contains(w.Exact) || stems.Contains(w.Stem));
    }

    private string Stem(string word) => Assert.Single(AnalysedToken.Of(analyzer, ArchiveSchema.Body + ".stem", word)).Term;

    private static Expectation Phrase(params string[] phrase) => words =>
        Enumerable.Range(0, Math.Max(0, words.Count - phrase.Length + 1))
            .Where(i => phrase.Select((p, j) => words[i + j].Exact == p).All(same => same))
            .SelectMany(i => Enumerable.Range(i, phrase.Length));

    private static IEnumerable<int> Indexes(IReadOnlyList<Word> words, Func<Word, bool> test) =>
        Enumerable.Range(0, words.Count).Where(i => test(words[i]));

    private static List<(int Start, int End)> Marks(HighlightedText text)
    {
        var marks = new List<(int, int)>();
        var position = 0;
        foreach (var segment in text.Segments)
        {
            if (segment.IsMatch) marks.Add((position, position + segment.Text.Length));
            position += segment.Text.Length;
        }
        return marks;
    }

    private static string Show(IReadOnlyList<Word> words, IEnumerable<int> indexes) =>
        string.Join(", ", indexes.Order().Select(i => words[i].Exact));

    /// <summary>Edits (insert, delete, replace, swap two neighbours) from one word to the other, as Lucene's fuzzy query counts them.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
