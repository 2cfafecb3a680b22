using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsArchive.Core.Search.Queries;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Search.Queries;

/// <summary>
/// Core reads the query language itself and the engine builds Lucene queries from the tree; the
/// two together must mean what Lucene's classic parser made of the same text (the parser this
/// replaced, kept here as the reference): the same query, or both unable to read it. Checked on
/// every headline of the bundled corpus, as pasted and as repaired, and on thousands of queries
/// made at random from the syntax's pieces.
/// </summary>
[Collection(ArchiveCollection.Name)]
public sealed class QueryTreeAgainstClassicParserTests(ArchiveFixture archive) : IDisposable
{
    private readonly Analyzer analyzer = ArchiveAnalyzer.Create();

    public void Dispose() => analyzer.Dispose();

    [Fact]
    public void Headlines_MeanWhatTheClassicParserMadeOfThem()
    {
        var texts = archive.Articles.Select(a => a.Title).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();

        AssertSameAsClassic(texts.Select(PastedText.Normalize), minimumCompared: texts.Count / 2);
    }

    [Fact]
    public void RandomQueries_MeanWhatTheClassicParserMadeOfThem()
    {
        var random = new Random(20261205);
        var queries = Enumerable.Range(0, 20_000).Select(_ => RandomQuery(random)).ToList();

        AssertSameAsClassic(queries, minimumCompared: 5_000);
        AssertSameAsClassic(queries.Select(PastedText.Normalize), minimumCompared: 5_000);
    }

    // Pieces of the syntax and words of every kind the analysis treats differently.
    private static readonly string[] Pieces =
    [
        "tokayev", "Tileuberdi", "Kazakhstan", "U.S.", "e-mail", "1990s", "ü", "東京", "'s", "$", ",", "...", "&",
        "AND", "OR", "NOT", "&&", "||", "and", "+", "-", "!", "(", ")", "\"", "*", "?", "~", "~1", "~0.5", "~1.5", "~3",
        "^2", "^0.5", "^", "title:", "source:", "TASS", "origin:", ":", "\\", "\\:", "\\u0041b", "\\u00", "*:",
        "[a TO c]", "{b TO d}", "[* TO m]", "[\"a b\" TO z]", "[a c]", "{x TO", "TO",
        "co*a", "immig*", "wom?n", "ab*", "a*", "*ab", "?x", "protest~", "ab~", "protest~2^3", "Berlin\\:Step",
        "\"talks held\"", "\"talks held\"~2", "\"\"", "\"U.S. oil\"^2",
    ];

    private static string RandomQuery(Random random)
    {
        var count = random.Next(1, 8);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && random.Next(4) > 0) text.Append(' ');
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return text.ToString();
    }

    private void AssertSameAsClassic(IEnumerable<string> texts, int minimumCompared)
    {
        var mismatches = new List<string>();
        var compared = 0;
        foreach (var text in texts)
        {
            // A / starts a regular expression, which the archive never searches (pasted text has none).
            if (string.IsNullOrWhiteSpace(text) || text.Contains('/')) continue;
            foreach (var wordForms in new[] { false, true })
            {
                var classic = Outcome(() => new ArchiveQueryParser(analyzer, wordForms).Parse(text));
                QueryNode? tree;
                try { tree = QuerySyntax.Parse(text); }
                catch (QueryRefusedException) { continue; }
                catch (QuerySyntaxException)
                {
                    if (classic is not null) mismatches.Add($"{text}: Core could not read it, classic read {classic}");
                    continue;
                }
                if (tree is not null && Fields(tree).Any(f => f is not (null or QueryFields.Title or QueryFields.Source))) continue;
                var built = tree is null ? "" : Outcome(() => new ArchiveQueryParser(analyzer, wordForms).Build(tree) ?? new BooleanQuery());
                compared++;
                if (built != classic) mismatches.Add($"{text}: tree {tree} built {built ?? "(throws)"}, classic {classic ?? "(throws)"}");
            }
        }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differ, e.g.:\n" + string.Join('\n', mismatches.Take(25)));
        Assert.True(compared >= minimumCompared, $"only {compared} compared");
    }

    /// <summary>
    /// The fields a tree names. Only those a reader may type are compared: pasted text makes any
    /// other name a word before the parser reads it (origin:/a/path), and a word of a field the
    /// analysis drops is left out of its clauses where the classic parser also unwrapped them.
    /// </summary>
    private static IEnumerable<string?> Fields(QueryNode node) => node switch
    {
        BooleanNode boolean => boolean.Clauses.SelectMany(c => Fields(c.Node)),
        FieldNode leaf => [leaf.Field],
        _ => [],
    };

    /// <summary>The query as Lucene writes it, or null when it could not be made.</summary>
    private static string? Outcome(Func<Query> make)
    {
        try { return make().ToString(); }
        catch (Exception ex) when (ex is Lucene.Net.QueryParsers.Classic.ParseException or ArgumentException or BooleanQuery.TooManyClausesException) { return null; }
    }
}
