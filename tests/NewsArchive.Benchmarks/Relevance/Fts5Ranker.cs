using Microsoft.Data.Sqlite;
using NewsArchive.Core.Articles;

namespace NewsArchive.Benchmarks.Relevance;

/// <summary>
/// The same articles in an in-memory SQLite FTS5 table with its default tokenizer (unicode61:
/// lowercased, accents removed, no stemming, no stop words, like the archive's exact fields).
/// </summary>
internal sealed class Fts5Table : IDisposable
{
    private readonly List<string> ids;

    private Fts5Table(SqliteConnection connection, List<string> ids)
    {
        Connection = connection;
        this.ids = ids;
    }

    public SqliteConnection Connection { get; }

    public static Fts5Table Create(IReadOnlyList<Article> articles)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(title, body)";
            create.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(rowid, title, body) VALUES ($rowid, $title, $body)";
        var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        // The row id is the article's position, so that a hit maps back to its id without a lookup.
        for (var i = 0; i < articles.Count; i++)
        {
            (rowid.Value, title.Value, body.Value) = (i, articles[i].Title, articles[i].Body);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return new Fts5Table(connection, articles.Select(a => a.Id).ToList());
    }

    public string IdOf(long rowid) => ids[(int)rowid];

    public void Dispose() => Connection.Dispose();
}

/// <summary>
/// The yardstick: FTS5's built-in bm25() (k1 = 1.2 and b = 0.75, fixed in SQLite) with the
/// title's weight given; bm25() weighs the columns per query, so one table serves every weight.
/// </summary>
internal sealed class Fts5Ranker(Fts5Table table, double titleWeight) : IRanker
{
    public string System => "SQLite FTS5";

    public string Settings => $"bm25, title x{titleWeight:0.##}";

    public IReadOnlyList<string> Top(IReadOnlyList<string> words, QueryMode mode, int count)
    {
        using var select = table.Connection.CreateCommand();
        // bm25() is lower for better matches; the row id breaks ties so that runs repeat.
        select.CommandText = "SELECT rowid FROM docs WHERE docs MATCH $query ORDER BY bm25(docs, $title, 1.0), rowid LIMIT $count";
        // Quoted, a word is a word even when it is AND, OR, NOT or NEAR.
        select.Parameters.AddWithValue("$query", string.Join(mode == QueryMode.And ? " " : " OR ", words.Select(w => $"\"{w}\"")));
        select.Parameters.AddWithValue("$title", titleWeight);
        select.Parameters.AddWithValue("$count", count);
        using var reader = select.ExecuteReader();
        var top = new List<string>(count);
        while (reader.Read()) top.Add(table.IdOf(reader.GetInt64(0)));
        return top;
    }
}
