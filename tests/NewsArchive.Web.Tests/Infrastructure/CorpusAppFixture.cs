using AngleSharp.Html.Parser;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// An app over a corpus, indexed into a temp folder when it starts and deleted when the tests
/// are done, with a client that shows redirects instead of following them.
/// </summary>
public abstract class CorpusAppFixture : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder indexFolder;

    /// <param name="corpus">What the app indexes on its first start.</param>
    /// <param name="folderPrefix">The temp index folder's name prefix.</param>
    /// <param name="buildIndex">Builds the index into the folder before the app starts, for an index the app would not build itself.</param>
    protected CorpusAppFixture(string corpus, string folderPrefix, Action<string>? buildIndex = null)
    {
        indexFolder = new TempFolder(folderPrefix);
        buildIndex?.Invoke(indexFolder.Path);
        Factory = new ArchiveWebFactory(indexFolder.Path, corpus);
        // Creating the client starts the host, which builds the index; do it once, here.
        Client = Factory.CreateNonRedirectingClient();
    }

    public ArchiveWebFactory Factory { get; }

    /// <summary>The index built from the corpus: other apps may read it, never write it.</summary>
    public string IndexPath => indexFolder.Path;

    public HttpClient Client { get; }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    /// <summary>Gets a page and parses it; the response is kept for status and headers.</summary>
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
        GC.SuppressFinalize(this);
    }
}
