using NewsArchive.Benchmarks.Fts5;

namespace NewsArchive.Benchmarks.Relevance;

/// <summary>The yardstick: FTS5's bm25() with the title's weight given, over the same articles.</summary>
internal sealed class Fts5Ranker(Fts5Table table, double titleWeight) : IRanker
{
    public string System => "SQLite FTS5";

    public string Settings => $"bm25, title x{titleWeight:0.##}";

    public IReadOnlyList<string> Top(IReadOnlyList<string> words, QueryMode mode, int count) =>
        table.Top(mode == QueryMode.And ? Fts5Match.AllOf(words) : Fts5Match.AnyOf(words), titleWeight, count)
            .Select(article => article.Id).ToList();
}
