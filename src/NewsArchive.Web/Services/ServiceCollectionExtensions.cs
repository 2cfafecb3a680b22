using NewsArchive.Core;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine;

namespace NewsArchive.Web.Services;

public static class ServiceCollectionExtensions
{
    /// <summary>Where the bounds of searches are configured (NewsArchive__Search__TimeBudget=00:00:05).</summary>
    public const string SearchBoundsSection = NewsArchiveOptions.Section + ":Search";

    public static IServiceCollection AddNewsArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NewsArchiveOptions>()
            .Bind(configuration.GetSection(NewsArchiveOptions.Section))
            .Validate(options => Infrastructure.PublicOrigin.IsValid(options.PublicOrigin),
                "NewsArchive:PublicOrigin must be an http or https origin with nothing after the host and port, e.g. https://archive.example.org.")
            .ValidateOnStart();
        services.AddSingleton<Infrastructure.PublicOrigin>();
        // Replaces the encoder Razor registered: every page's text goes through it.
        services.AddSingleton<System.Text.Encodings.Web.HtmlEncoder>(Infrastructure.VisibleHtmlEncoder.Instance);
        // The one place the engine is named: everything else knows the archive by its contract.
        services.AddSingleton<IArchiveEngine>(new LuceneArchiveEngine(configuration.GetSection(SearchBoundsSection).Get<SearchBounds>() ?? SearchBounds.Default));
        services.AddSingleton(CorpusReader.Default);
        services.AddSingleton<CorpusIndexer>();
        services.AddSingleton<IndexBootstrapper>();
        services.AddSingleton(provider => provider.GetRequiredService<IndexBootstrapper>().OpenOrBuild());
        services.AddSingleton<Exports.ExportStreamer>();
        services.AddSingleton<SearchLog>();
        services.AddHostedService<IndexRefreshService>();
        return services;
    }
}
