using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// The web app in memory, over an index in a folder of the test's choosing, built at start from
/// the corpus given (the app's own bootstrap does that when the index is missing or empty).
/// </summary>
public sealed class ArchiveWebFactory(string indexPath, string corpusPath, TimeSpan? refreshInterval = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The client rate limit; 0 (the tests' default) turns it off.</summary>
    public int RequestsPerSecond { get; init; }

    public int RequestBurst { get; init; }

    /// <summary>NewsArchive:PublicOrigin; null leaves it unset.</summary>
    public string? PublicOrigin { get; init; } = "http://localhost";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, as readers see it: the exception handler page, not the developer page.
        builder.UseEnvironment("Production");
        builder.UseSetting("NewsArchive:IndexPath", indexPath);
        builder.UseSetting("NewsArchive:CorpusPath", corpusPath);
        // The test client's own origin, so that absolute links lead back to it.
        builder.UseSetting("NewsArchive:PublicOrigin", PublicOrigin);
        // Every request of the tests comes from one client; the rate limit has tests of its own.
        builder.UseSetting("NewsArchive:RequestsPerSecond", RequestsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("NewsArchive:RequestBurst", RequestBurst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (refreshInterval is { } interval)
            builder.UseSetting("NewsArchive:RefreshInterval", interval.ToString("c"));
        // Request logs of a few hundred requests would bury the test output.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient CreateNonRedirectingClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
