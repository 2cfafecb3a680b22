using System.Diagnostics;
using System.Net;

namespace NewsArchive.Benchmarks.Speed;

/// <param name="Requests">Answers received, whatever their status.</param>
/// <param name="Errors">Answers other than 2xx, and requests that failed without one.</param>
internal sealed record LoadResult(int Requests, int Errors, TimeSpan Elapsed, Latencies Latencies, string? FirstError)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
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
            logs.Sum(log => log.Latencies.Count),
            logs.Sum(log => log.Errors),
            elapsed,
            Latencies.Of(logs.SelectMany(log => log.Latencies)),
            logs.Select(log => log.FirstError).FirstOrDefault(error => error is not null));

        async Task<ClientLog> ClientAsync()
        {
            var log = new ClientLog();
            while (true)
            {
                var turn = Interlocked.Increment(ref next);
                if (turn >= minimumRequests && clock.Elapsed >= duration) break;
                var url = urls[turn % urls.Count];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    // The whole body is read: the time is the user's, until the last byte.
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellation);
                    log.Latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
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
        public List<double> Latencies { get; } = [];

        public int Errors { get; private set; }

        public string? FirstError { get; private set; }

        public void Error(string message)
        {
            Errors++;
            FirstError ??= message;
        }
    }
}
