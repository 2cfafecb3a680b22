using AngleSharp.Html.Parser;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// The app over the hostile corpus (HostileCorpus/: every format, every field carrying script,
/// event attributes, dangerous addresses, formulas and invisible characters), indexed when it
/// starts. Small, so each class that needs it may start its own.
/// </summary>
public sealed class HostileAppFixture : IDisposable
{
    /// <summary>A word every hostile article contains, to find them all.</summary>
    public const string Marker = "hostilemarker";

    /// <summary>One article per file, and one per line of the JSON Lines file.</summary>
    public const int ArticleCount = 10;

    public static string Corpus => Path.Combine(AppContext.BaseDirectory, "HostileCorpus");

    private static readonly HtmlParser Parser = new();
    private readonly TempFolder indexFolder = new("newsarchive-hostile-");

    public HostileAppFixture()
    {
        Factory = new ArchiveWebFactory(indexFolder.Path, Corpus);
        Client = Factory.CreateNonRedirectingClient();
    }

    public ArchiveWebFactory Factory { get; }

    public HttpClient Client { get; }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    public async Task<Page> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, html, Parser.ParseDocument(html));
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        indexFolder.Dispose();
    }
}
