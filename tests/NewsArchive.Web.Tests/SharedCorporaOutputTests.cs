using System.IO.Compression;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using CodeHollow.FeedReader;
using CsvHelper;
using NewsArchive.Core.Tests.Reading;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// The feed and the exports made from the real shared corpora (their first articles, with their
/// real titles, outlets, authors and odd characters), read back with the feed and CSV parsers.
/// Skipped where the corpora are not beside the clone. In the web collection, so that its app
/// never starts alongside another host.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SharedCorporaOutputTests
{
    private const string AllSides = "../shared/corpora/allsides37k.jsonl.gz";
    private const string Reuters = "../shared/corpora/reuters21578.jsonl.gz";
    private const int Articles = 1_500;

    [FactIfFileExists(AllSides)]
    public Task AllSides_FeedAndExportsParse() => FeedAndExportsParseAsync(AllSides, "biden");

    [FactIfFileExists(Reuters)]
    public Task Reuters_FeedAndExportsParse() => FeedAndExportsParseAsync(Reuters, "oil");

    private static async Task FeedAndExportsParseAsync(string corpus, string word)
    {
        using var folder = new TempFolder("newsarchive-shared-outputs-");
        var sample = Path.Combine(Directory.CreateDirectory(Path.Combine(folder.Path, "corpus")).FullName, "sample.jsonl");
        await File.WriteAllLinesAsync(sample, FirstLines(Path.Combine(RepositoryPaths.Root, corpus), Articles));
        await using var factory = new ArchiveWebFactory(Path.Combine(folder.Path, "index"), Path.GetDirectoryName(sample)!);
        using var client = factory.CreateNonRedirectingClient();
        using var everything = JsonDocument.Parse(await client.GetStringAsync("/api/search"));
        var total = everything.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > Articles * 0.9, $"only {total} of {Articles} articles indexed");

        foreach (var query in new[] { "", word })
        {
            var atom = await client.GetStringAsync("/search.atom?q=" + query);
            Assert.Equal(FeedType.Atom, FeedReader.ReadFromString(atom).Type);
            using (var reader = XmlReader.Create(new StringReader(atom)))
                Assert.NotEmpty(SyndicationFeed.Load(reader).Items);
        }

        var csv = await client.GetByteArrayAsync("/search.csv?text=1");
        using var rows = CsvReader.Create(csv, CsvReaderOptions.Default with { CommentPrefix = '#' });
        Assert.Equal("text", rows.Headers[^1]);
        var ids = new List<string>();
        foreach (var row in rows)
        {
            Assert.Equal(rows.Headers.Count, row.FieldCount);
            ids.Add(row.GetString(0));
        }
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());

        var lines = (await client.GetStringAsync("/search.jsonl?text=1&q=" + word)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var header = JsonDocument.Parse(lines[0]);
        Assert.Equal(lines.Length - 1, header.RootElement.GetProperty("total").GetInt32());
        Assert.All(lines[1..], line =>
        {
            using var article = JsonDocument.Parse(line);
            Assert.Equal("article", article.RootElement.GetProperty("type").GetString());
        });
    }

    private static IEnumerable<string> FirstLines(string gzipPath, int count)
    {
        using var file = File.OpenRead(gzipPath);
        using var text = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        for (var i = 0; i < count && text.ReadLine() is { } line; i++) yield return line;
    }
}
