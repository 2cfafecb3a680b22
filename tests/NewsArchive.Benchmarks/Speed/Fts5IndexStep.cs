using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// The yardstick for indexing: the same corpus file into an SQLite FTS5 table (title, body) on
/// disk, in this process, read line by line with System.Text.Json, in transactions of 10,000
/// rows. It reads the text and indexes words, no more: no dates, sources or facets.
/// </summary>
internal static class Fts5IndexStep
{
    private const int RowsPerTransaction = 10_000;

    public static IndexRow Run(CorpusSize size, string corpus, string databasePath, TextWriter output, CancellationToken cancellation)
    {
        var inputBytes = CorpusText.UncompressedBytes(corpus);
        output.WriteLine($"Indexing {Path.GetFileName(corpus)} into SQLite FTS5 ({Path.GetFileName(databasePath)})…");
        foreach (var file in new[] { databasePath, databasePath + "-journal" }) File.Delete(file);

        var clock = Stopwatch.StartNew();
        var articles = 0;
        using (var connection = new SqliteConnection($"Data Source={databasePath}"))
        {
            connection.Open();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(title, body)";
                create.ExecuteNonQuery();
            }
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs(title, body) VALUES ($title, $body)";
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            using var reader = CorpusText.Open(corpus);
            for (string? line; (line = reader.ReadLine()) is not null;)
            {
                cancellation.ThrowIfCancellationRequested();
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var json = JsonDocument.Parse(line);
                title.Value = Text(json.RootElement, "title");
                body.Value = Text(json.RootElement, "body");
                insert.ExecuteNonQuery();
                if (++articles % RowsPerTransaction != 0) continue;
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
            }
            transaction.Commit();
            transaction.Dispose();
        }
        SqliteConnection.ClearAllPools();
        var seconds = clock.Elapsed.TotalSeconds;
        return new IndexRow(size.Label, Path.GetFileName(corpus) + " (SQLite FTS5)", articles,
            Seconds: Math.Round(seconds, 2),
            ArticlesPerSecond: Math.Round(articles / seconds),
            InputMegabytes: Math.Round(inputBytes / 1e6, 1),
            MegabytesPerSecond: Math.Round(inputBytes / 1e6 / seconds, 2),
            PeakMegabytes: null,
            PeakAnonymousMegabytes: null,
            IndexMegabytes: Math.Round(new FileInfo(databasePath).Length / 1e6, 1),
            GroupingSeconds: null,
            GroupingMsPerArticle: null);
    }

    private static string Text(JsonElement article, string name) =>
        article.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
