using System.Globalization;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// A process's resident memory: now (VmRSS), its peak so far (VmHWM), and of it now the pages
/// that are not a file's (RssAnon: its heaps and stacks), in bytes. The rest of resident memory
/// is mostly the index's files mapped in, which the system drops when it needs the room.
/// </summary>
internal readonly record struct MemorySample(long ResidentBytes, long PeakResidentBytes, long AnonymousBytes);

/// <summary>
/// Resident memory of another process, from Linux's /proc/&lt;pid&gt;/status. The kernel keeps
/// the peak (VmHWM) itself, so sampling it misses nothing but the last moments before an exit.
/// Null elsewhere than Linux and once the process is gone.
/// </summary>
internal static class ProcessMemory
{
    public static MemorySample? Read(int processId)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            long? rss = null, hwm = null, anonymous = null;
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kilobytes(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kilobytes(line);
                else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anonymous = Kilobytes(line);
            }
            return rss is { } r && hwm is { } h && anonymous is { } a ? new MemorySample(r * 1024, h * 1024, a * 1024) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>"VmHWM:\t  123456 kB" → 123456.</summary>
    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>
/// Samples a running process's memory every 50 ms until disposed and keeps the highest values seen,
/// since /proc forgets a process the moment it exits.
/// </summary>
internal sealed class PeakMemoryWatch : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private long peak = -1;
    private long peakAnonymous = -1;

    public PeakMemoryWatch(int processId) => sampling = Task.Run(() => SampleAsync(processId, stop.Token));

    /// <summary>The highest resident memory seen, in bytes; null if it could not be read (not Linux).</summary>
    public long? PeakBytes => Interlocked.Read(ref peak) is >= 0 and var bytes ? bytes : null;

    /// <summary>The most memory seen that is not a file's (sampled, so it may miss a short peak), in bytes; null if it could not be read.</summary>
    public long? PeakAnonymousBytes => Interlocked.Read(ref peakAnonymous) is >= 0 and var bytes ? bytes : null;

    private async Task SampleAsync(int processId, CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            if (ProcessMemory.Read(processId) is { } sample)
            {
                Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), Math.Max(sample.ResidentBytes, sample.PeakResidentBytes)));
                Interlocked.Exchange(ref peakAnonymous, Math.Max(Interlocked.Read(ref peakAnonymous), sample.AnonymousBytes));
            }
        }
        while (await WaitAsync(timer, cancellation));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellation)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        sampling.Wait();
        stop.Dispose();
    }
}
