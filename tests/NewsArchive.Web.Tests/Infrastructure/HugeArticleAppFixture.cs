using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.LuceneEngine;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// The app over a corpus of a few huge articles, generated when it starts: each about 10 MB of
/// distinct words that all begin with <see cref="Prefix"/>, the worst case for a prefix search's
/// highlighting (every word of the article matches, and each is a term of its own).
/// </summary>
public sealed class HugeArticleAppFixture : CorpusAppFixture, IDisposable
{
    public const string Prefix = "word1";

    public const int HugeArticles = 2;

    /// <summary>Characters of each huge article's text, about.</summary>
    public const int HugeLength = 10_000_000;

    /// <summary>Words per paragraph: a huge article has thousands of paragraphs, like a long report.</summary>
    private const int WordsPerParagraph = 100;

    private static TempFolder? corpus;

    public HugeArticleAppFixture() : base(Generate(), "newsarchive-huge-", IndexWholeTexts)
    {
    }

    /// <summary>
    /// The indexer keeps only an article's first 1 Mi characters, but an index built with a
    /// higher limit (or before there was one) can hold articles of 10 MB, and the app must stay
    /// bounded with them: this index keeps them whole.
    /// </summary>
    private static void IndexWholeTexts(string indexPath)
    {
        var reading = ReadingOptions.Default with { MaxArticleChars = 2 * HugeLength };
        new CorpusIndexer(new LuceneArchiveEngine(), CorpusReader.Create(reading), NullLogger<CorpusIndexer>.Instance)
            .Update(indexPath, [corpus!.Path], new CorpusIndexOptions());
    }

    private static string Generate()
    {
        corpus = new TempFolder("newsarchive-huge-corpus-");
        for (var n = 1; n <= HugeArticles; n++)
            File.WriteAllText(corpus.PathOf($"huge{n}.txt"), HugeText(n));
        corpus.Write("small.txt", $"A small report\n\nIt mentions {Prefix}small once, and nothing else.\n");
        return corpus.Path;
    }

    /// <summary>A title line, then paragraphs of words word1 + a number in letters, none repeated within the archive.</summary>
    public static string HugeText(int n)
    {
        var text = new StringBuilder(HugeLength + 1000);
        text.Append("Huge report ").Append(n).Append("\n\n");
        var words = 0;
        while (text.Length < HugeLength)
        {
            text.Append(Prefix).Append(Letters(n * 10_000_000L + words)).Append(' ');
            if (++words % WordsPerParagraph == 0) text.Append("\n\n");
        }
        return text.ToString();
    }

    private static string Letters(long number)
    {
        var letters = new StringBuilder();
        do
        {
            letters.Insert(0, (char)('a' + number % 26));
            number /= 26;
        }
        while (number > 0);
        return letters.ToString();
    }

    // The base class's Dispose deletes the index; the generated corpus goes with it.
    void IDisposable.Dispose()
    {
        Dispose();
        corpus?.Dispose();
    }
}
