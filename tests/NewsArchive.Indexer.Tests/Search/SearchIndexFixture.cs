using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;

namespace NewsArchive.Indexer.Tests.Search;

/// <summary>
/// The five seed articles and three wire stories, indexed once by the indexer itself into a temp
/// folder for a test class, and the command line run against them with its output captured.
/// </summary>
public sealed class SearchIndexFixture : IDisposable
{
    public const string S0 = "000_0991502cd2966729.txt", S1 = "001_e8e74c77bd022465.txt", S2 = "002_00d06213086799bc.txt",
        S3 = "003_3dab90f634ad840a.txt", S4 = "004_575892bb0f18c275.txt";

    /// <summary>Reuters, 1987-03-02, with an original address.</summary>
    public const string Cocoa = "wire-cocoa";

    /// <summary>Two near-copies of one report from two outlets, 2023-05-02 and 2023-05-03: one story (topic markets; the cocoa story's topic is commodities).</summary>
    public const string RateA = "wire-rate-a", RateB = "wire-rate-b";

    public const string CocoaUrl = "https://example.com/1987/cocoa";

    public const int ArticleCount = 8;

    private const string RateReport =
        "The central bank of the republic raised its main interest rate by half a point on Tuesday, the third rise this year, " +
        "saying that inflation had stayed above its target for longer than expected and that the currency had weakened against the dollar. " +
        "The governor told reporters that further rises could follow if prices kept climbing, while the finance ministry said it supported the decision. " +
        "Banks are expected to pass the higher rate on to borrowers within weeks, and analysts said mortgage holders would feel it first.";

    private readonly TempFolder folder = new("newsarchive-search-");

    public SearchIndexFixture()
    {
        var wire = folder.Write("wire.jsonl", string.Join('\n',
            JsonSerializer.Serialize(new { id = Cocoa, title = "Cocoa prices rise in London", body = "Cocoa futures rose in London on Monday as buyers returned.", source = "Reuters", date = "1987-03-02", url = CocoaUrl, topic = "commodities" }),
            JsonSerializer.Serialize(new { id = RateA, title = "Central bank raises rates", body = RateReport, source = "Harbour Wire", date = "2023-05-02", topic = "markets" }),
            JsonSerializer.Serialize(new { id = RateB, title = "Central bank lifts its main rate", body = RateReport + " Markets barely moved.", source = "Valley Post", date = "2023-05-03", topic = "markets" })));
        var (exitCode, output, error) = Run(RepositoryPaths.Seeds, wire, "--index", IndexPath);
        Assert.True(exitCode == 0, $"Indexing failed ({exitCode}): {output}{error}");
        Assert.Contains($"The index holds {ArticleCount} articles.", output);
    }

    public string IndexPath => folder.PathOf("index");

    /// <summary>Runs the indexer's command line with these arguments, in process.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = IndexerCommand.Create(NullLoggerFactory.Instance).Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>search</c> on the fixture's index with these arguments.</summary>
    public (int ExitCode, string Output, string Error) Search(params string[] args) => Run(["search", .. args, "--index", IndexPath]);

    /// <summary>Runs <c>search --json</c>, checks it succeeded with nothing on standard error, and parses standard output.</summary>
    public JsonDocument SearchJson(params string[] args)
    {
        var (exitCode, output, error) = Search([.. args, "--json"]);
        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        // The whole of standard output is one document: Parse refuses anything after it.
        return JsonDocument.Parse(output);
    }

    /// <summary>The hits' ids of a <c>search --json</c>, in result order.</summary>
    public IReadOnlyList<string> Ids(params string[] args)
    {
        using var json = SearchJson(args);
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(hit => hit.GetProperty("id").GetString()!).ToList();
    }

    public void Dispose() => folder.Dispose();
}
