using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace NewsArchive.LuceneEngine.Indexing;

/// <summary>
/// The one analyzer definition, used by the writer, the query parser and the snippet builder, so
/// that what is indexed and what is searched always agree.
/// </summary>
public static class ArchiveAnalyzer
{
    public static Analyzer Create() => new PerFieldAnalyzerWrapper(
        new ArticleTextAnalyzer(),
        new Dictionary<string, Analyzer>
        {
            [ArchiveSchema.Id] = new KeywordAnalyzer(),
            [ArchiveSchema.Origin] = new KeywordAnalyzer(),
            [ArchiveSchema.Source] = new LowercaseKeywordAnalyzer(),
            [ArchiveSchema.TitleStem] = new StemmedTextAnalyzer(),
            [ArchiveSchema.BodyStem] = new StemmedTextAnalyzer(),
        });

    /// <summary>
    /// Words, lowercased and folded to ASCII so "Tokayev" also finds "Tokáyev". No stop words are
    /// dropped, so that every quoted phrase matches exactly as written.
    /// </summary>
    private sealed class ArticleTextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(ArchiveSchema.Version, reader);
            TokenStream stream = new StandardFilter(ArchiveSchema.Version, tokenizer);
            stream = FoldedLowercase(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /// <summary>
    /// The same words reduced to their English stem (Porter), so "protests" finds "protested";
    /// the possessive goes first so "Kazakhstan's" is "kazakhstan". Searched beside the exact
    /// fields, which rank exact forms higher.
    /// </summary>
    private sealed class StemmedTextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => Stemmed(reader, stopWords: null);
    }

    /// <summary>The stemmed fields' analysis, with <paramref name="stopWords"/> (lowercase words) dropped before stemming when given.</summary>
    internal static TokenStreamComponents Stemmed(TextReader reader, CharArraySet? stopWords)
    {
        var tokenizer = new StandardTokenizer(ArchiveSchema.Version, reader);
        TokenStream stream = new StandardFilter(ArchiveSchema.Version, tokenizer);
        stream = new EnglishPossessiveFilter(ArchiveSchema.Version, stream);
        stream = FoldedLowercase(stream);
        if (stopWords is not null) stream = new StopFilter(ArchiveSchema.Version, stream, stopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>
    /// Accents folded first, then lowercased: the same words either way, but lowercasing a word
    /// with a character beyond ASCII (an accent, a curly apostrophe) goes through the operating
    /// system's Unicode library, which made it a tenth of all indexing time; folded first, nearly
    /// every word is plain ASCII by the time it is lowercased.
    /// </summary>
    private static TokenStream FoldedLowercase(TokenStream stream) =>
        new LowerCaseFilter(ArchiveSchema.Version, new ASCIIFoldingFilter(stream));

    private sealed class LowercaseKeywordAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(ArchiveSchema.Version, tokenizer));
        }
    }
}
