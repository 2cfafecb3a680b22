using NewsArchive.Web.Api;
using NewsArchive.Web.BrowserSearch;
using NewsArchive.Web.Coverage;
using NewsArchive.Web.Exports;
using NewsArchive.Web.Feeds;
using NewsArchive.Web.Infrastructure;
using NewsArchive.Web.Services;
using NewsArchive.Web.Terms;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        // The static root is the repository's top-level wwwroot, copied beside the binaries at build.
        WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
    });
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext());
    builder.Services.AddRazorPages();
    builder.Services.AddProblemDetails();
    // ASP.NET writes JSON with relaxed escaping, leaving < > & ' as they are; the articles'
    // markup and the reader's query would then be raw markup in the API's answers, harmless only
    // as long as every client treats them as data. Escaped, they are inert wherever they end up;
    // letters of every script still read as themselves.
    builder.Services.ConfigureHttpJsonOptions(json =>
        json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
    builder.Services.AddArchiveOpenApi();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddClientRateLimit();
    builder.Services.AddNewsArchive(builder.Configuration);

    var app = builder.Build();
    // Now rather than at the first feed: a start without a public origin says so in its log.
    app.Services.GetRequiredService<PublicOrigin>();
    app.UseSecurityHeaders();
    if (!app.Environment.IsDevelopment())
    {
        // Only where an HTTPS address is configured: served over plain HTTP (a container behind
        // a TLS proxy, the tests) requests are answered as they come.
        app.UseHsts();
        app.UseHttpsRedirection();
    }
    app.UseArchiveErrorHandling();
    app.UseStaticFiles();
    app.UseSerilogRequestLogging();
    app.UseClientDisconnects();
    // After the static files: a page's stylesheet and scripts do not count against its reader.
    app.UseRateLimiter();
    app.UseIndexAvailability();
    app.UseRouting();
    app.UseCors();
    app.MapRazorPages().OnlyRead();
    var reads = app.MapGroup("").AllowHead();
    reads.MapArchiveApi();
    reads.MapFeeds();
    reads.MapExports();
    reads.MapCoverage();
    reads.MapTerms();
    reads.MapStoryExports();
    reads.MapBrowserSearch();
    reads.MapOpenApi().RequireCors(OpenApiSetup.ReadOnlyCors);
    app.Run();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "NewsArchive stopped unexpectedly");
    throw;
}
finally
{
    Log.CloseAndFlush();
}

/// <summary>Visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
