using System.Globalization;
using System.Text.Json;

namespace NewsArchive.Benchmarks.Load;

/// <summary>A new article: its id, and a word that no other article has, to search it by.</summary>
internal sealed record NewArticle(string Id, string Word);

/// <summary>
/// Articles no corpus has, one JSON Lines file each, dropped into a folder that an indexer
/// watches. Each file is written beside the folder and then renamed into it, so that the indexer
/// never reads half a file. Each run has a tag of its own, so that its words are new to an index
/// that earlier runs wrote into.
/// </summary>
internal sealed class NewArticleFiles
{
    private readonly string staging;
    private readonly string tag = Letters(Random.Shared.NextInt64(26L * 26 * 26 * 26 * 26 * 26));
    private int count;

    public NewArticleFiles(string folder)
    {
        Folder = folder;
        staging = folder.TrimEnd(Path.DirectorySeparatorChar) + ".staging";
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(staging);
    }

    /// <summary>The folder the files appear in.</summary>
    public string Folder { get; }

    public int Count => count;

    public NewArticle Drop()
    {
        var n = Interlocked.Increment(ref count);
        // Letters only: one token for the analyzer, whatever it does with digits.
        var word = "zq" + tag + "x" + Letters(n);
        var article = new NewArticle($"load-{tag}-{n}", word);
        var line = JsonSerializer.Serialize(new
        {
            id = article.Id,
            title = $"Harbour report {n}: the {word} arrives",
            body = $"The {word} was seen in the harbour this morning, the {n.ToString(CultureInfo.InvariantCulture)}th sighting of the run. Nobody else reported it.",
            source = "Load test",
            date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var name = article.Id + ".jsonl";
        var written = Path.Combine(staging, name);
        File.WriteAllText(written, line + "\n");
        File.Move(written, Path.Combine(Folder, name));
        return article;
    }

    /// <summary>A number as lower-case letters (0 is "a"), base 26.</summary>
    private static string Letters(long number)
    {
        var letters = new Stack<char>();
        do
        {
            letters.Push((char)('a' + number % 26));
            number /= 26;
        }
        while (number > 0);
        return new string([.. letters]);
    }
}
