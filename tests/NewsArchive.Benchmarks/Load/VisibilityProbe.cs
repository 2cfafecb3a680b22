using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace NewsArchive.Benchmarks.Load;

/// <summary>
/// How soon new articles could be found: for each, the seconds from its file appearing in the
/// watched folder to the first search of its word that found it.
/// </summary>
/// <param name="Written">New articles dropped.</param>
/// <param name="Seconds">For each one found, how long that took.</param>
/// <param name="Missing">Ids of the articles never found.</param>
/// <param name="Errors">Probe searches that did not answer 2xx.</param>
internal sealed record Visibility(int Written, IReadOnlyList<double> Seconds, IReadOnlyList<string> Missing, int Probes, int Errors, string? FirstError)
{
    public double? MedianSeconds => Seconds.Count == 0 ? null : Math.Round(Seconds.Order().ElementAt((Seconds.Count - 1) / 2), 2);

    public double? MaxSeconds => Seconds.Count == 0 ? null : Math.Round(Seconds.Max(), 2);
}

/// <summary>
/// Searches the API for each new article's word every 100 ms until it is found. It has a client
/// of its own, so that it never waits behind the load for a connection, but its searches queue
/// in the server like everyone else's: what it measures is what a reader would see.
/// </summary>
internal sealed class VisibilityProbe : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient client = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
    private readonly Uri server;
    private readonly ConcurrentDictionary<NewArticle, long> pending = new();
    private readonly ConcurrentBag<double> seconds = [];
    private int written;
    private int probes;
    private int errors;
    private string? firstError;

    public VisibilityProbe(Uri server) => this.server = server;

    /// <summary>Starts looking for <paramref name="article"/>, timed from now.</summary>
    public void Expect(NewArticle article)
    {
        Interlocked.Increment(ref written);
        pending[article] = Stopwatch.GetTimestamp();
    }

    /// <summary>Searches until <paramref name="stop"/>, then says what it found.</summary>
    public async Task<Visibility> RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var (article, since) in pending)
            {
                if (await FoundAsync(article, stop) && pending.TryRemove(article, out _))
                    seconds.Add(Stopwatch.GetElapsedTime(since).TotalSeconds);
            }
            try
            {
                await Task.Delay(Period, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return new Visibility(written, [.. seconds], [.. pending.Keys.Select(a => a.Id).Order()], probes, errors, firstError);
    }

    /// <summary>Waits until every article dropped so far has been found, or <paramref name="timeout"/> has passed.</summary>
    public async Task WaitUntilAllFoundAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        while (!pending.IsEmpty && clock.Elapsed < timeout) await Task.Delay(Period, cancellation);
    }

    private async Task<bool> FoundAsync(NewArticle article, CancellationToken stop)
    {
        Interlocked.Increment(ref probes);
        try
        {
            using var response = await client.GetAsync(new Uri(server, "/api/search?size=1&q=" + article.Word), stop);
            if (!response.IsSuccessStatusCode)
            {
                Error($"{(int)response.StatusCode} {response.ReasonPhrase} searching for {article.Id}");
                return false;
            }
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(stop));
            var hits = json.RootElement.GetProperty("hits");
            return hits.GetArrayLength() > 0 && hits[0].GetProperty("id").GetString() == article.Id;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            Error($"{ex.GetType().Name}: {ex.Message} searching for {article.Id}");
            return false;
        }
    }

    private void Error(string message)
    {
        Interlocked.Increment(ref errors);
        Interlocked.CompareExchange(ref firstError, message, null);
    }

    public void Dispose() => client.Dispose();
}
