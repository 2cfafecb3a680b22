using Lucene.Net.Search.Similarities;
namespace NewsArchive.Benchmarks.Relevance;
internal sealed class Bm25Coord(float k1, float b) : BM25Similarity(k1, b)
{
    public override float Coord(int overlap, int maxOverlap) => overlap / (float)maxOverlap;
}
