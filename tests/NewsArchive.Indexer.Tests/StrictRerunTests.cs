using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;

namespace NewsArchive.Indexer.Tests;

/// <summary>--strict fails on every run while an input is unusable, not only on the run that first read it.</summary>
public sealed class StrictRerunTests : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-strict-");

    public void Dispose() => folder.Dispose();

    private (int ExitCode, string Output) Run()
    {
        var output = new StringWriter();
        var exitCode = IndexerCommand.Create(NullLoggerFactory.Instance)
            .Parse([folder.PathOf("input"), "--index", folder.PathOf("index"), "--strict"])
            .Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exitCode, output.ToString());
    }

    [Fact]
    public void Run_StrictAgainOverTheSameBadFiles_FailsAgainNamingThemAtTheirLines()
    {
        folder.Write("input/story.txt", "Talks begin\n\nThe talks began on Monday.");
        var bad = folder.Write("input/bad.json", "{\"title\": \"Unclosed\", \"body\": \"x\"\n");

        var first = Run();
        var second = Run();

        Assert.Equal(IndexerCommand.SkippedInputs, first.ExitCode);
        Assert.Equal(IndexerCommand.SkippedInputs, second.ExitCode);
        Assert.Contains("Files: 0 read, 2 unchanged", second.Output);
        Assert.Contains($"{bad}:1: malformed JSON", second.Output);
    }

    [Fact]
    public void Run_StrictAfterTheBadFileIsFixed_Succeeds()
    {
        folder.Write("input/bad.json", "{\"title\": \"Unclosed\", \"body\": \"x\"\n");
        Run();
        folder.Write("input/bad.json", "{\"title\": \"Closed\", \"body\": \"x\"}\n");

        Assert.Equal(0, Run().ExitCode);
    }
}
