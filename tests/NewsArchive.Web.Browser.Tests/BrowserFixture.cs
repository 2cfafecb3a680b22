using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace NewsArchive.Web.Browser.Tests;

/// <summary>
/// The real app on a loopback port (Kestrel, not the in-memory test server), with an index built
/// from the bundled corpus, and Debian's Chromium driven by Playwright. Built once for all tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The system browser: tests never download one.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempFolder indexFolder = new("newsarchive-browser-");
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Chromium at {ChromiumPath}: `dotnet test` installs it where it can (as root or with sudo); otherwise apt-get install -y chromium.");

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("NewsArchive:IndexPath", indexFolder.Path);
            builder.UseSetting("NewsArchive:CorpusPath", RepositoryPaths.Corpus);
            builder.UseSetting("NewsArchive:RequestsPerSecond", "0");
            // A free port: without an address Kestrel takes localhost:5000, which a running
            // copy of the app (or a second test run) may hold.
            builder.UseUrls("http://127.0.0.1:0");
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1").TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The machine has no route out: keep Chromium from trying to phone home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <param name="width">The viewport's width in CSS pixels: a desktop's by default, 390 for a phone.</param>
    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = 1000 },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        indexFolder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
