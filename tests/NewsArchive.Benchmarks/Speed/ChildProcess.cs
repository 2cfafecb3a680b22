using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// One of the app's programs run with `dotnet &lt;dll&gt;`, its output written to a log file (and
/// its last lines kept for error messages). Disposing kills it if it still runs; so does this
/// process exiting, even on Ctrl+C, so that no server is left behind holding a port and an index.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int TailLines = 30;
    private static readonly ConcurrentDictionary<ChildProcess, bool> Running = new();

    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Queue<string> tail = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> awaited = [];

    static ChildProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var child in Running.Keys) child.Kill();
        };
    }

    private ChildProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts `dotnet <paramref name="dll"/> <paramref name="arguments"/>` in the dll's folder (the app's content root).</summary>
    public static ChildProcess Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var child = new ChildProcess(new Process { StartInfo = start }, new StreamWriter(logPath) { AutoFlush = true });
        child.process.OutputDataReceived += (_, e) => child.Record(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Record(e.Data);
        child.process.Start();
        Running[child] = true;
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    public async Task WaitForExitAsync(CancellationToken cancellation)
    {
        await process.WaitForExitAsync(cancellation);
        Running.TryRemove(this, out _);
    }

    /// <summary>
    /// Waits until the process writes a line containing <paramref name="text"/> (or has written it
    /// among its last lines); fails if it exits first or the time runs out.
    /// </summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken cancellation)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (tail)
        {
            if (tail.Any(line => line.Contains(text, StringComparison.Ordinal))) return;
            awaited.Add((text, seen));
        }
        var name = Path.GetFileName(process.StartInfo.ArgumentList[0]);
        var exited = process.WaitForExitAsync(cancellation);
        Task first;
        try
        {
            first = await Task.WhenAny(seen.Task, exited).WaitAsync(timeout, cancellation);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{name} did not write \"{text}\" within {timeout.TotalSeconds:N0} s:{Environment.NewLine}{Tail()}");
        }
        if (first == exited && !seen.Task.IsCompleted)
            throw new InvalidOperationException($"{name} exited with code {process.ExitCode} before writing \"{text}\":{Environment.NewLine}{Tail()}");
    }

    /// <summary>The last lines the process wrote, to explain a failure.</summary>
    public string Tail()
    {
        lock (tail) return string.Join(Environment.NewLine, tail);
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (tail)
        {
            log.WriteLine(line);
            tail.Enqueue(line);
            if (tail.Count > TailLines) tail.Dequeue();
            foreach (var (text, seen) in awaited.Where(a => line.Contains(a.Text, StringComparison.Ordinal)).ToList())
            {
                seen.TrySetResult();
                awaited.Remove((text, seen));
            }
        }
    }

    private void Kill()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
    }

    public void Dispose()
    {
        Kill();
        process.WaitForExit();
        Running.TryRemove(this, out _);
        process.Dispose();
        lock (tail) log.Dispose();
    }
}
