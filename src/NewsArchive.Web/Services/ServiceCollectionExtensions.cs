using Lucene.Net.Analysis;
using NewsArchive.Core.Indexing;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Services;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddNewsArchive(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NewsArchiveOptions>(configuration.GetSection(NewsArchiveOptions.Section));
        services.AddSingleton<Analyzer>(_ => ArchiveAnalyzer.Create());
        services.AddSingleton(CorpusReader.Default);
        services.AddSingleton<CorpusIndexer>();
        services.AddSingleton<IndexBootstrapper>();
        services.AddSingleton(provider => provider.GetRequiredService<IndexBootstrapper>().OpenOrBuild());
        services.AddSingleton<ArchiveSearcher>();
        services.AddSingleton<ResultNavigator>();
        services.AddSingleton<SearchLog>();
        services.AddHostedService<IndexRefreshService>();
        return services;
    }
}
