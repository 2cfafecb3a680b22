using Microsoft.Data.Sqlite;
using NewsArchive.Core.Articles;

namespace NewsArchive.Benchmarks.Fts5;

/// <summary>
/// The yardstick of the relevance and headlines benchmarks: the same articles in an in-memory
/// SQLite FTS5 table with its default tokenizer (unicode61: lowercased, accents removed, no
/// stemming, no stop words, like the archive's exact fields), ranked by its built-in bm25()
/// (k1 = 1.2 and b = 0.75, fixed in SQLite) with the title's weight given per query.
/// </summary>
internal sealed class Fts5Table : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly IReadOnlyList<Article> articles;

    private Fts5Table(SqliteConnection connection, IReadOnlyList<Article> articles)
    {
        this.connection = connection;
        this.articles = articles;
    }

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
        // The row id is the article's position, so that a hit maps back to its article without a lookup.
        for (var i = 0; i < articles.Count; i++)
        {
            (rowid.Value, title.Value, body.Value) = (i, articles[i].Title, articles[i].Body);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        return new Fts5Table(connection, articles);
    }

    /// <summary>The best <paramref name="count"/> articles for an FTS5 MATCH expression, best first.</summary>
    public IReadOnlyList<Article> Top(string match, double titleWeight, int count)
    {
        using var select = connection.CreateCommand();
        // bm25() is lower for better matches; the row id breaks ties so that runs repeat.
        select.CommandText = "SELECT rowid FROM docs WHERE docs MATCH $query ORDER BY bm25(docs, $title, 1.0), rowid LIMIT $count";
        select.Parameters.AddWithValue("$query", match);
        select.Parameters.AddWithValue("$title", titleWeight);
        select.Parameters.AddWithValue("$count", count);
        using var reader = select.ExecuteReader();
        var top = new List<Article>(count);
        while (reader.Read()) top.Add(articles[(int)reader.GetInt64(0)]);
        return top;
    }

    public void Dispose() => connection.Dispose();
}
