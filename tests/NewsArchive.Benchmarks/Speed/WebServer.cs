using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// The real web app in its own process, on a free loopback port, in Production with its log
/// quietened to warnings: one console line per request would cost more than some searches.
/// Disposing stops it.
/// </summary>
internal sealed class WebServer : IDisposable
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly ChildProcess process;

    private WebServer(ChildProcess process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The server's resident memory now and at its peak; null where /proc is not available.</summary>
    public MemorySample? Memory => ProcessMemory.Read(process.Id);

    /// <param name="corpusPath">What the app indexes at start if the index is missing or empty.</param>
    public static WebServer Start(string indexPath, string corpusPath, string logPath)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var environment = new Dictionary<string, string>
        {
            ["NewsArchive__IndexPath"] = indexPath,
            ["NewsArchive__CorpusPath"] = corpusPath,
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            // The load comes from one address on purpose: the per-client limit would refuse it.
            ["NewsArchive__RequestsPerSecond"] = "0",
        };
        return new WebServer(ChildProcess.Start(BuiltApps.Web, [], environment, logPath), address);
    }

    /// <summary>
    /// Asks <paramref name="pathAndQuery"/> every 100 ms until <paramref name="isReady"/> accepts the
    /// answer; returns how long that took. Refused connections only mean the app is still starting.
    /// </summary>
    public async Task<TimeSpan> WaitUntilAsync(HttpClient client, string pathAndQuery, Func<HttpResponseMessage, Task<bool>> isReady,
        TimeSpan timeout, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The web app exited with code {process.ExitCode}:{Environment.NewLine}{process.Tail()}");
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"The web app did not answer {pathAndQuery} within {timeout.TotalSeconds:N0} s:{Environment.NewLine}{process.Tail()}");
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                attempt.CancelAfter(AttemptTimeout);
                try
                {
                    using var response = await client.GetAsync(new Uri(Address, pathAndQuery), attempt.Token);
                    if (await isReady(response)) return clock.Elapsed;
                }
                catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellation.IsCancellationRequested))
                {
                    // Not listening yet, or too busy starting to answer in time.
                }
            }
            await Task.Delay(PollInterval, cancellation);
        }
    }

    /// <summary>A port nothing listens on now; the app binds it a moment later.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => process.Dispose();
}
