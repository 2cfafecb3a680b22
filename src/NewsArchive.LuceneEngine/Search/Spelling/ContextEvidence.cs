using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsArchive.LuceneEngine.Indexing;

namespace NewsArchive.LuceneEngine.Search.Spelling;

/// <summary>
/// Whether a word is used where the archive writes another: the words next to each of its uses
/// stand next to the other word in other articles ("chief exeuctive", "chief executive" in
/// hundreds; "market volatality", "market volatility"), while a word of its own keeps company of
/// its own ("iron curtain", never "iron certain"). This tells a slip from a real word where their
/// counts and shapes cannot, at the cost of a few phrase counts.
/// </summary>
internal sealed class ContextEvidence(NameEvidence uses)
{
    /// <summary>Uses read, from as many articles.</summary>
    public const int SampleArticles = 10;

    /// <summary>Articles that must write a neighbour next to the other word for it to count.</summary>
    public const int MinPairArticles = 2;

    /// <summary>A neighbour in more than this share of the articles (the, said, in) stands next to any word.</summary>
    public const double CommonShare = 0.05;

    /// <summary>
    /// Whether most of the word's neighbours that say something stand next to
    /// <paramref name="other"/> in other articles, on the same side.
    /// </summary>
    public bool ReadsAs(IndexSearcher searcher, string word, string other)
    {
        var reader = searcher.IndexReader;
        var common = reader.NumDocs * CommonShare;
        var telling = 0;
        var agreeing = 0;
        foreach (var (before, after) in uses.Neighbours(searcher, word, SampleArticles))
        {
            foreach (var (neighbour, first) in new[] { (before, true), (after, false) })
            {
                if (neighbour is null || neighbour == word || !neighbour.All(char.IsLetter)) continue;
                if (reader.DocFreq(new Term(ArchiveSchema.Body, neighbour)) > common) continue;
                telling++;
                if (PairArticles(searcher, first ? neighbour : other, first ? other : neighbour) >= MinPairArticles) agreeing++;
            }
        }
        return telling > 0 && agreeing * 2 > telling;
    }

    private static int PairArticles(IndexSearcher searcher, string first, string second)
    {
        var pair = new PhraseQuery { new Term(ArchiveSchema.Body, first), new Term(ArchiveSchema.Body, second) };
        var counter = new TotalHitCountCollector();
        searcher.Search(pair, counter);
        return counter.TotalHits;
    }
}
