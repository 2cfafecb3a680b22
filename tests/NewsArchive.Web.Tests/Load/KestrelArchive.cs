using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests.Load;

/// <summary>
/// The app on a real loopback port (Kestrel, not the in-memory test server), so that a load goes
/// through sockets, connections and the server's queues as readers' requests do. It serves an
/// existing index and never builds one: its corpus folder is empty.
/// </summary>
internal sealed class KestrelArchive : IAsyncDisposable
{
    private readonly TempFolder emptyCorpus = new("newsarchive-load-corpus-");
    private readonly ArchiveWebFactory factory;

    public KestrelArchive(string indexPath, TimeSpan? refreshInterval = null)
    {
        factory = new ArchiveWebFactory(indexPath, emptyCorpus.Path, refreshInterval);
        // A free port: without an address Kestrel takes localhost:5000, which another app may hold.
        var kestrel = factory.WithWebHostBuilder(builder => builder.UseUrls("http://127.0.0.1:0"));
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var addresses = kestrel.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        Address = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1"));
    }

    public Uri Address { get; }

    /// <summary>Disposing the factory stops the Kestrel host made from it as well.</summary>
    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        emptyCorpus.Dispose();
    }
}
