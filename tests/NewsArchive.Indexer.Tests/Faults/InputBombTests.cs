using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using NewsArchive.LuceneEngine.Search;
using Xunit.Abstractions;

namespace NewsArchive.Indexer.Tests.Faults;

/// <summary>
/// The real indexer, a process of its own under a hard heap limit, given the bombs of issue 15
/// (made here, at test time) beside a few good files: it must end with a report naming each
/// bomb, index the good files, write a bounded log, and stay under the stated memory bound.
/// </summary>
public sealed class InputBombTests(ITestOutputHelper log) : IDisposable
{
    /// <summary>The indexer's stated bound on resident memory, whatever the input (README).</summary>
    private const long MemoryBoundBytes = 768L * 1024 * 1024;

    private const string HeapLimit = "0x20000000"; // 512 MB
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    private readonly TempFolder folder = new("newsarchive-bombs-");

    public void Dispose() => folder.Dispose();

    private string Corpus => folder.PathOf("corpus");

    [LongFact]
    public async Task Indexer_GivenEveryBombUnderAHeapLimit_ReportsEachIndexesTheGoodFilesAndStaysBounded()
    {
        WriteGoodFiles();
        // 4 GB of one line, a few megabytes compressed.
        WriteGzip("huge-line.jsonl.gz", 4L << 30, Encoding.ASCII.GetBytes(new string('x', 1 << 16)));
        // Short bad lines without end: two billion of them would be 4 GB.
        WriteGzip("bad-lines.jsonl.gz", 4L << 30, Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("x\n", 1 << 15))));
        WriteBigRecord("big-record.jsonl", 110 * 1024 * 1024);
        folder.Write("corpus/laughs.md", "---\n" + YamlBombs.BillionLaughs + "\n---\n# Laughing matter\n\nThe text after the front matter.\n");
        folder.Write("corpus/sidecar-laughs.txt", "Sidecar laughs\n\nThe text of a file whose sidecar is a bomb.");
        folder.Write("corpus/sidecar-laughs.meta.yaml", YamlBombs.BillionLaughs);

        var clock = Stopwatch.StartNew();
        var run = await RunIndexerAsync(Corpus, "--index", folder.PathOf("index"));
        log.WriteLine($"exit {run.ExitCode} in {clock.Elapsed.TotalSeconds:F1} s, peak resident {run.PeakResidentBytes / (1024 * 1024):N0} MB, " +
            $"output {run.Output.Length:N0} and log {run.Error.Length:N0} characters");
        log.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}: {run.Error[..Math.Min(2000, run.Error.Length)]}");
        Assert.Contains($"huge-line.jsonl.gz", run.Output);
        Assert.Contains("expands more than 100 times", run.Output);
        Assert.Contains("bad-lines.jsonl.gz: and ", run.Output);
        Assert.Matches(@"bad-lines\.jsonl\.gz:\d+: unreadable from here on: it expands more than 100 times", run.Output);
        Assert.Contains("big-record.jsonl:1:", run.Output);
        Assert.Contains("laughs.md: front matter ignored, over the limits of YAML", run.Output);
        Assert.Contains("sidecar-laughs.meta.yaml: sidecar ignored: over the limits of YAML", run.Output);
        using (var index = ArchiveIndex.Open(folder.PathOf("index")))
            Assert.Equal(5, index.ArticleCount); // three good files, the text of laughs.md and of sidecar-laughs.txt
        Assert.True(run.Output.Length + run.Error.Length < 64 * 1024, $"{run.Output.Length + run.Error.Length:N0} characters of output and log");
        Assert.True(run.PeakResidentBytes < MemoryBoundBytes, $"peak resident memory {run.PeakResidentBytes / (1024 * 1024):N0} MB");
    }

    private void WriteGoodFiles()
    {
        folder.Write("corpus/talks.txt", "Talks begin\n\nThe talks began on Monday in the capital.");
        folder.Write("corpus/harbour.md", "---\ntitle: Harbour reopens\nsource: Wire\n---\nThe harbour reopened after the storm.\n");
        folder.Write("corpus/wire.jsonl", """{"id": "w-1", "title": "Tin output up", "body": "Tin rose.", "source": "Reuters"}""" + "\n");
    }

    /// <summary>Streams <paramref name="block"/> again and again into a gzip file until it expands to <paramref name="bytes"/>.</summary>
    private void WriteGzip(string name, long bytes, byte[] block)
    {
        using var gzip = new GZipStream(File.Create(folder.PathOf("corpus/" + name)), CompressionLevel.Fastest);
        for (long written = 0; written < bytes; written += block.Length) gzip.Write(block);
    }

    private void WriteBigRecord(string name, int bodyBytes)
    {
        using var file = File.Create(folder.PathOf("corpus/" + name));
        file.Write("{\"title\": \"Big\", \"body\": \""u8);
        var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("word ", 1 << 14)));
        for (var written = 0; written < bodyBytes; written += block.Length) file.Write(block);
        file.Write("\"}\n"u8);
    }

    private sealed record Run(int ExitCode, string Output, string Error, long PeakResidentBytes);

    /// <summary>Runs the indexer, reading its peak resident memory (VmHWM) while it runs, killing it past the deadline.</summary>
    private static async Task<Run> RunIndexerAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DOTNET_GCHeapHardLimit"] = HeapLimit },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsArchive.Indexer.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        long peak = 0;
        var clock = Stopwatch.StartNew();
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            if (clock.Elapsed > Deadline)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"the indexer was still running after {Deadline.TotalMinutes} minutes");
            }
            await Task.Delay(100);
        }
        await process.WaitForExitAsync();
        return new Run(process.ExitCode, await output, await error, peak);
    }

    private static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException)
        {
            return 0; // it has just exited
        }
    }
}
