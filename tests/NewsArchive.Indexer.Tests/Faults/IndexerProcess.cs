using System.Diagnostics;
using System.Text;

namespace NewsArchive.Indexer.Tests.Faults;

/// <summary>The real indexer in a process of its own, as cron or a shell runs it, with what it prints kept.</summary>
internal sealed class IndexerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private IndexerProcess(Process process) => this.process = process;

    public static IndexerProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsArchive.Indexer.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var indexer = new IndexerProcess(Process.Start(start)!);
        indexer.process.OutputDataReceived += (_, line) => Append(indexer.output, line.Data);
        indexer.process.ErrorDataReceived += (_, line) => Append(indexer.error, line.Data);
        indexer.process.BeginOutputReadLine();
        indexer.process.BeginErrorReadLine();
        return indexer;
    }

    public bool HasExited => process.HasExited;

    public string Output => Read(output);

    public string Error => Read(error);

    /// <summary>Waits for the end of the run and of its output; its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    /// <summary>Ends the run at once, with no chance to clean up.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null) return;
        lock (text) text.AppendLine(line);
    }

    private static string Read(StringBuilder text)
    {
        lock (text) return text.ToString();
    }
}
