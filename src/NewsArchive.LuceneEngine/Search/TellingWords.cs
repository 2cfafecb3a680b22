using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// The words that tell what one article is about, picked as Lucene's MoreLikeThis picks them
/// (frequency in the article times rarity in the archive, stop words and words of one article
/// left out, each word in the field where it is most common), as a query for articles sharing them.
/// MoreLikeThis asks the whole index for each word's document frequency, and every ask opens a
/// fresh terms enumerator per segment; over memory-mapped files each of those registers a clone of
/// the segment's file in a weak table, thousands per article view, which every garbage collection
/// then walks: each view made the next slower (AllSides, 50 views of one article: 4.7 s at first,
/// 31 s after 350). Here one enumerator per segment and field serves all of the article's words
/// (<see cref="SegmentDocFreqs"/>).
/// </summary>
internal static class TellingWords
{
    /// <summary>Words in the query, as MoreLikeThis was set: enough to find the theme, few enough to search fast.</summary>
    public const int MaxWords = 25;

    /// <summary>A word must be in this many articles: one found only in this article finds nothing else.</summary>
    private const int MinDocFreq = 2;

    /// <summary>Tokens read per field, as MoreLikeThis's default: a huge article's theme is in its start.</summary>
    private const int MaxTokensPerField = 5000;

    private static readonly TFIDFSimilarity Similarity = new DefaultSimilarity();

    /// <summary>The query for the article numbered <paramref name="doc"/>, over the text of <paramref name="fields"/>; null if no word qualifies.</summary>
    public static Query? Of(IndexReader reader, Analyzer analyzer, int doc, IReadOnlyList<string> fields)
    {
        var stored = reader.Document(doc, new HashSet<string>(fields));
        var frequencies = new Dictionary<string, int>();
        foreach (var field in fields)
            foreach (var text in stored.GetValues(field))
                Count(analyzer, field, text, frequencies);

        var docFreqs = new SegmentDocFreqs(reader, fields);
        var numDocs = reader.NumDocs;
        var chosen = frequencies
            .Select(word =>
            {
                var (field, docFreq) = docFreqs.MostCommon(word.Key);
                return (Word: word.Key, Field: field, DocFreq: docFreq, Score: word.Value * Similarity.Idf(docFreq, numDocs));
            })
            .Where(word => word.DocFreq >= MinDocFreq)
            .OrderByDescending(word => word.Score)
            .Take(MaxWords)
            .ToList();
        if (chosen.Count == 0) return null;
        var query = new BooleanQuery();
        foreach (var word in chosen) query.Add(new TermQuery(new Term(word.Field, word.Word)), Occur.SHOULD);
        return query;
    }

    private static void Count(Analyzer analyzer, string field, string text, Dictionary<string, int> frequencies)
    {
        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        for (var read = 0; read < MaxTokensPerField && tokens.IncrementToken(); read++)
        {
            var word = term.ToString();
            if (StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(word)) continue;
            frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
        }
        tokens.End();
    }
}
