using Lucene.Net.Search.Similarities;

namespace NewsArchive.LuceneEngine.Indexing;

/// <summary>
/// The one scoring model, shared by the writer (which encodes each field's length into its norm
/// the way the similarity will read it back) and the searcher: BM25, plus the share of a query's
/// clauses an article matches.
/// </summary>
/// <remarks>
/// BM25 rather than Lucene 4.8's TF-IDF: a word said ten times counts little more than said
/// three times, and a long story is not favoured for mentioning everything once. Its norms are
/// encoded as TF-IDF's, so an index written before still searches correctly.
/// <para>
/// Without the coordination factor, a query of alternatives (a OR b OR c) ranks an article with
/// one rare word in its headline above the article with all three in its text: the title is a
/// short field of rare words, so its matches weigh several body matches. Scaling by the share
/// of clauses matched fixed that on Reuters known-item queries (mean reciprocal rank 0.35 to
/// 0.79, see tests/NewsArchive.Benchmarks), and changes nothing when every word is required.
/// k1 and b are the usual values: others measured did no better both with all words required
/// and with any word allowed.
/// </para>
/// </remarks>
public sealed class ArchiveSimilarity : BM25Similarity
{
    /// <summary>How quickly repeating a word stops adding to the score.</summary>
    public const float DefaultK1 = 1.2f;

    /// <summary>How much a field's length, relative to the average, discounts its words.</summary>
    public const float DefaultB = 0.75f;

    public ArchiveSimilarity()
        : this(DefaultK1, DefaultB)
    {
    }

    /// <summary>Other parameters, for tuning; k1 and b are read at search time only and need no re-index.</summary>
    public ArchiveSimilarity(float k1, float b)
        : base(k1, b)
    {
    }

    public override float Coord(int overlap, int maxOverlap) => overlap / (float)maxOverlap;
}
