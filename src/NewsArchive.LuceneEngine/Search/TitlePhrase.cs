using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search.Highlighting;

namespace NewsArchive.LuceneEngine.Search;

/// <summary>
/// A pasted headline finds its own article first. Beside the query, an optional phrase of the
/// words as typed in the title adds to the score of an article whose title reads as typed, so
/// that of two articles with every word, the one titled with them ranks above one that has them
/// elsewhere (Reuters: "JAPAN TO CURB VEHICLE EXPORTS TO EC" was second, below a story with the
/// same words). It only scores: what matches is the query's.
/// </summary>
internal static class TitlePhrase
{
    /// <summary>Shorter queries are searches, not headlines, and their ranking stays the words'.</summary>
    public const int MinWords = 3;

    /// <summary>Longer text is no headline, and a phrase of it would only cost.</summary>
    public const int MaxWords = 40;

    /// <summary>A word left out or added in copying still reads as the title.</summary>
    public const int Slop = 2;

    /// <param name="typed">The query as typed: analysed as titles are, its words are the title's words when it was copied from one.</param>
    public static Query Around(Query query, string? typed, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(typed)) return query;
        var words = AnalysedToken.Of(analyzer, ArchiveSchema.Title, typed);
        if (words.Count is < MinWords or > MaxWords) return query;
        var phrase = new PhraseQuery { Slop = Slop };
        foreach (var word in words) phrase.Add(new Term(ArchiveSchema.Title, word.Term));
        return new BooleanQuery { { query, Occur.MUST }, { phrase, Occur.SHOULD } };
    }
}
