using System.Diagnostics;
using System.Net;

namespace NewsArchive.Benchmarks.Speed;

/// <param name="Requests">Answers received, whatever their status.</param>
/// <param name="Errors">Answers other than 2xx, and requests that failed without one.</param>
/// <param name="Samples">Each answer's URL (its place in the list run) and milliseconds, to break the latencies down.</param>
internal sealed record LoadResult(int Requests, int Errors, TimeSpan Elapsed, Latencies Latencies, string? FirstError,
    IReadOnlyList<(int Url, double Milliseconds)> Samples)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>The latencies of the answers to some of the URLs only (by their place in the list run).</summary>
    public Latencies LatenciesOf(Func<int, bool> url) => Latencies.Of(Samples.Where(s => url(s.Url)).Select(s => s.Milliseconds));
}

/// <summary>
/// A closed-loop load: a fixed number of clients, each sending its next request as soon as the
/// previous one is answered, for a fixed time, all sharing one connection pool. The URLs are
/// handed out in turn, so the mix is cycled through evenly whatever the number of clients.
/// </summary>
internal static class LoadRun
{
    /// <summary>One client for the whole run: one pool with a connection for each concurrent client, no proxy.</summary>
    public static HttpClient CreateClient(int clients) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(clients, 1),
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <param name="minimumRequests">Requests sent, over all clients, even if <paramref name="duration"/> is over.</param>
    public static async Task<LoadResult> RunAsync(HttpClient client, IReadOnlyList<Uri> urls, int clients, TimeSpan duration,
        CancellationToken cancellation, int minimumRequests = 0)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        var logs = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(ClientAsync, cancellation)));
        var elapsed = clock.Elapsed;
        return new LoadResult(
            logs.Sum(log => log.Samples.Count),
            logs.Sum(log => log.Errors),
            elapsed,
            Latencies.Of(logs.SelectMany(log => log.Samples.Select(s => s.Milliseconds))),
            logs.Select(log => log.FirstError).FirstOrDefault(error => error is not null),
            [.. logs.SelectMany(log => log.Samples)]);

        async Task<ClientLog> ClientAsync()
        {
            var log = new ClientLog();
            while (true)
            {
                var turn = Interlocked.Increment(ref next);
                if (turn >= minimumRequests && clock.Elapsed >= duration) break;
                var index = turn % urls.Count;
                var url = urls[index];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    // The whole body is read: the time is the user's, until the last byte.
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellation);
                    log.Samples.Add((index, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
                    if (!response.IsSuccessStatusCode) log.Error($"{(int)response.StatusCode} {response.ReasonPhrase} for {url.PathAndQuery}");
                }
                catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellation.IsCancellationRequested))
                {
                    log.Error($"{ex.GetType().Name}: {ex.Message} for {url.PathAndQuery}");
                }
            }
            return log;
        }
    }

    private sealed class ClientLog
    {
        public List<(int Url, double Milliseconds)> Samples { get; } = [];

        public int Errors { get; private set; }

        public string? FirstError { get; private set; }

        public void Error(string message)
        {
            Errors++;
            FirstError ??= message;
        }
    }
}
