namespace NewsArchive.Benchmarks.Relevance;

/// <summary>A search system under test: the ids of its best matches for some words, best first.</summary>
internal interface IRanker
{
    /// <summary>What the table calls it, e.g. "NewsArchive".</summary>
    string System { get; }

    /// <summary>The settings that set it apart from its siblings, e.g. "BM25 k1=1.2 b=0.75, title x2".</summary>
    string Settings { get; }

    IReadOnlyList<string> Top(IReadOnlyList<string> words, QueryMode mode, int count);
}
