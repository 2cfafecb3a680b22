using Lucene.Net.Index;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search.Spelling;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// The close words found through the Levenshtein automaton, and the correction chosen among
/// them, checked against a scan of every term of a small index with a plain edit distance.
/// </summary>
public sealed class SpellingBruteForceTests : IDisposable
{
    private static readonly string[] Vocabulary =
    [
        "cocoa", "cacao", "coca", "cocoas", "coco", "cocoa's", "cacau", "coal", "local",
        "kazakhstan", "kazakstan", "kazakh", "kazakhs", "kasakhstan", "kazakhstans",
        "tileuberdi", "tleuberdi", "tileuberdy", "tileubirdi", "mukhtar",
        "minister", "minster", "ministers", "monster", "sinister", "ministre",
        "trade", "grade", "trace", "tirade", "trader", "traded", "trades", "tread", "rated",
        "prices", "price", "pricey", "spices", "prince", "princes", "crisis", "1987", "u.s",
    ];

    private readonly SmallArchive archive;

    public SpellingBruteForceTests()
    {
        // Articles use the words a different number of times, so document frequencies differ;
        // some words are only in titles.
        var articles = new List<Articles.Article>();
        for (var i = 0; i < Vocabulary.Length; i++)
        {
            var word = Vocabulary[i];
            for (var copy = 0; copy <= i % 4; copy++)
            {
                var title = i % 5 == 0 ? $"On {word}" : "News";
                var body = i % 5 == 0 ? "Nothing to add." : $"They wrote about {word} and more.";
                articles.Add(TestArticle.Make($"a{i}-{copy}", title, body));
            }
        }
        archive = new SmallArchive([.. articles]);
    }

    public void Dispose() => archive.Dispose();

    public static TheoryData<string, int> Words() => new()
    {
        { "cocoa", 1 }, { "cocoa", 2 }, { "cocao", 1 }, { "cocao", 2 }, { "kazakstan", 1 }, { "kazakstan", 2 },
        { "tileuberdi", 1 }, { "tileuberdi", 2 }, { "minister", 2 }, { "trade", 1 }, { "trade", 2 },
        { "prices", 2 }, { "pirces", 2 }, { "zzzz", 2 },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void CloseTerms_AreEveryTermWithinTheDistance(string word, int maxEdits)
    {
        using var lease = archive.Index.Acquire();
        var reader = lease.Searcher.IndexReader;

        var expected = AllTerms(reader)
            .Where(term => term != word && Distance(word, term) <= maxEdits)
            .Select(term => new CloseTerm(term, Distance(word, term), DocFreq(reader, term)))
            .OrderBy(c => c.Text, StringComparer.Ordinal);
        var found = CloseTerms.Find(lease.Searcher, word, maxEdits).OrderBy(c => c.Text, StringComparer.Ordinal);

        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("cocao")]
    [InlineData("kazakstn")]
    [InlineData("tilueberdi")]
    [InlineData("minnister")]
    [InlineData("tade")]
    [InlineData("pirces")]
    public void Correction_OfAMissingWord_IsTheNearestThenMostUsedTermWithItsFirstLetter_UnlessOneFurtherIsFarCommoner(string word)
    {
        using var lease = archive.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var maxEdits = word.Length >= SpellingCorrector.TwoEditsFrom ? 2 : 1;

        var candidates = AllTerms(reader)
            .Where(term => term[0] == word[0] && term.Length >= 4 && term.All(char.IsLetter) && !SameStem(word, term))
            .Select(term => (Term: term, Distance: Distance(word, term), DocFreq: DocFreq(reader, term)))
            .Where(c => c.Distance <= maxEdits)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.DocFreq).ThenBy(c => c.Term, StringComparer.Ordinal)
            .ToList();
        // A word one edit further wins when it is far commoner than the nearest.
        var nearest = candidates.FirstOrDefault();
        var further = candidates.Where(c => c.Distance > nearest.Distance).FirstOrDefault();
        var expected = further.Term is not null && further.DocFreq >= nearest.DocFreq * SpellingCorrector.MoreCommonBy ? further.Term : nearest.Term;

        var suggestion = archive.Search(new SearchRequest { Query = word, AsTyped = true }).Spelling.Suggestion;

        Assert.NotNull(expected);
        Assert.Equal(expected, suggestion?.Query);
    }

    [Fact]
    public void EditDistance_AgreesWithThePlainDistance()
    {
        var random = new Random(1987);
        for (var i = 0; i < 2_000; i++)
        {
            var a = RandomWord(random);
            var b = random.Next(3) == 0 ? Mutate(a, random) : RandomWord(random);
            Assert.Equal(Distance(a, b), EditDistance.Between(a, b));
        }
    }

    private static IEnumerable<string> AllTerms(IndexReader reader)
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { ArchiveSchema.Title, ArchiveSchema.Body })
        {
            var termsEnum = MultiFields.GetTerms(reader, field).GetEnumerator();
            while (termsEnum.MoveNext()) terms.Add(termsEnum.Term.Utf8ToString());
        }
        return terms;
    }

    private static int DocFreq(IndexReader reader, string term) =>
        Math.Max(reader.DocFreq(new Term(ArchiveSchema.Title, term)), reader.DocFreq(new Term(ArchiveSchema.Body, term)));

    /// <summary>
    /// The plain edit distance, written from its definition: the fewest insertions, deletions,
    /// substitutions and swaps of two neighbouring letters.
    /// </summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }

    private static bool SameStem(string a, string b)
    {
        static string Stem(string word)
        {
            var stemmer = new Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer();
            stemmer.SetCurrent(word);
            stemmer.Stem();
            return stemmer.Current;
        }
        return Stem(a) == Stem(b);
    }

    private static string RandomWord(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 8)).Select(_ => "abcde"[random.Next(5)]).ToArray());

    private static string Mutate(string word, Random random)
    {
        var letters = word.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = letters.Count == 0 ? 0 : random.Next(letters.Count);
            switch (random.Next(4))
            {
                case 0: letters.Insert(at, "abcde"[random.Next(5)]); break;
                case 1 when letters.Count > 0: letters.RemoveAt(at); break;
                case 2 when letters.Count > 0: letters[at] = "abcde"[random.Next(5)]; break;
                case 3 when at + 1 < letters.Count: (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]); break;
            }
        }
        return new string([.. letters]);
    }
}
