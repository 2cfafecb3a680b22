using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Indexer.Tests;

/// <summary>The indexer's command line, run in-process with its output captured.</summary>
public sealed class IndexerCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("newsarchive-indexer-").FullName;

    public IndexerCommandTests()
    {
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "story.txt"), "Talks begin\n\nThe talks began on Monday.");
        File.WriteAllText(Path.Combine(Input, "wire.jsonl"), string.Join('\n',
            """{"id": "w-1", "title": "Cocoa prices rise", "body": "Cocoa rose.", "source": "Reuters"}""",
            """{"id": "w-2", "title": """,
            """{"id": "w-3", "title": "Tin output up", "body": "Tin rose.", "source": "Reuters"}"""));
    }

    private string Input => Path.Combine(root, "input");

    private string IndexPath => Path.Combine(root, "index");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = IndexerCommand.Create(NullLoggerFactory.Instance);
        var exitCode = command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_Folder_IndexesItAndPrintsTheSummary()
    {
        var (exitCode, output, error) = Run(Input, "--index", IndexPath);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("Indexed 3 articles (3 new, 0 replaced)", output);
        Assert.Contains("The index holds 3 articles.", output);
        Assert.Contains("Files: 2 read, 0 unchanged, 0 deleted.", output);
        Assert.Contains("Skipped (1):", output);
        Assert.Contains($"{Path.Combine(Input, "wire.jsonl")}:2: malformed JSON", output);
        using var index = ArchiveIndex.Open(IndexPath);
        Assert.Equal(3, index.ArticleCount);
    }

    [Fact]
    public void Run_Twice_ReadsNothingAgainAndKeepsTheTotal()
    {
        Run(Input, "--index", IndexPath);

        var (exitCode, output, _) = Run(Input, "--index", IndexPath);

        Assert.Equal(0, exitCode);
        Assert.Contains("Indexed 0 articles (0 new, 0 replaced)", output);
        Assert.Contains("Files: 0 read, 2 unchanged, 0 deleted.", output);
        Assert.Contains("The index holds 3 articles.", output);
    }

    [Fact]
    public void Run_AfterAFileChanged_RereadsOnlyThatFile()
    {
        Run(Input, "--index", IndexPath);
        File.WriteAllText(Path.Combine(Input, "story.txt"), "Talks end\n\nThe talks ended on Friday.");

        var (_, output, _) = Run(Input, "--index", IndexPath);

        Assert.Contains("Indexed 1 article (0 new, 1 replaced)", output);
        Assert.Contains("Files: 1 read, 1 unchanged, 0 deleted.", output);
    }

    [Fact]
    public void Run_Rebuild_ReadsEverythingIntoANewIndex()
    {
        Run(Input, "--index", IndexPath);

        var (_, output, _) = Run(Input, "--index", IndexPath, "--rebuild");

        Assert.Contains("Indexed 3 articles (3 new, 0 replaced)", output);
        Assert.Contains("The index holds 3 articles.", output);
    }

    [Fact]
    public void Run_Strict_WithASkippedInput_ExitsWithItsOwnCode()
    {
        var (exitCode, output, _) = Run(Input, "--index", IndexPath, "--strict");

        Assert.Equal(IndexerCommand.SkippedInputs, exitCode);
        Assert.Contains("Skipped (1):", output);
    }

    [Fact]
    public void Run_Strict_WithNothingSkipped_Succeeds()
    {
        var (exitCode, _, _) = Run(Path.Combine(Input, "story.txt"), "--index", IndexPath, "--strict");

        Assert.Equal(0, exitCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("soon")]
    public void Run_BadCommitInterval_Fails(string value)
    {
        var (exitCode, _, error) = Run(Input, "--index", IndexPath, "--commit-interval", value);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--commit-interval", error);
    }

    [Fact]
    public void Run_SeveralInputs_IndexesThemAll()
    {
        var extra = Path.Combine(root, "extra.jsonl");
        File.WriteAllText(extra, """{"id": "x-1", "title": "Sugar", "body": "Sugar fell."}""");

        var (exitCode, output, _) = Run(Path.Combine(Input, "story.txt"), extra, "--index", IndexPath);

        Assert.Equal(0, exitCode);
        Assert.Contains("Indexed 2 articles (2 new, 0 replaced)", output);
        Assert.DoesNotContain("Skipped", output);
    }

    [Fact]
    public void Run_NonexistentInput_FailsNamingItAndWritesNoIndex()
    {
        var missing = Path.Combine(root, "no-such-folder");

        var (exitCode, output, error) = Run(Input, missing, "--index", IndexPath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(missing, error);
        Assert.DoesNotContain("Indexed", output);
        Assert.False(ArchiveIndex.ExistsAt(IndexPath));
    }

    [Fact]
    public void Run_WithoutIndexOption_Fails()
    {
        var (exitCode, _, error) = Run(Input);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--index", error);
    }

    [Fact]
    public void Run_WithoutInputs_Fails()
    {
        var (exitCode, _, error) = Run("--index", IndexPath);

        Assert.NotEqual(0, exitCode);
        Assert.NotEqual("", error);
        Assert.False(ArchiveIndex.ExistsAt(IndexPath));
    }

    [Fact]
    public void Run_IndexPointingAtAFile_FailsAndLeavesTheFileAlone()
    {
        var file = Path.Combine(root, "not-a-folder.txt");
        File.WriteAllText(file, "keep me");

        var (exitCode, output, error) = Run(Input, "--index", file);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(file, error);
        Assert.DoesNotContain("Indexed", output);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public async Task RunAsync_Folder_IndexesIt()
    {
        var output = new StringWriter();
        var command = IndexerCommand.Create(NullLoggerFactory.Instance);

        var exitCode = await command.Parse([Input, "--index", IndexPath])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });

        Assert.Equal(0, exitCode);
        Assert.Contains("Indexed 3 articles", output.ToString());
    }
}
