namespace NewsArchive.Web.Services;

/// <summary>Settings of the archive, bound from the "NewsArchive" configuration section.</summary>
public sealed class NewsArchiveOptions
{
    public const string Section = "NewsArchive";

    /// <summary>The index folder, relative to the content root unless absolute. Environment: NewsArchive__IndexPath.</summary>
    public string IndexPath { get; set; } = "data/index";

    /// <summary>Files or folders to build the index from when it is missing or empty, relative to the content root unless absolute.</summary>
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>How often the app looks for new commits of the index.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Requests per second one client (one IP address) may keep making; 0 turns the limit off. Static files do not count.</summary>
    public int RequestsPerSecond { get; set; } = 10;

    /// <summary>
    /// Scheme, host and port of the archive as readers reach it (e.g. https://archive.example.org),
    /// for absolute links in feeds, exports, citations and the search engine entry. Unset, links
    /// start at the site's root, except in development, where they take the request's host.
    /// </summary>
    public string? PublicOrigin { get; set; }

    /// <summary>Requests one client may make at once above that rate, e.g. opening many results in tabs.</summary>
    public int RequestBurst { get; set; } = 60;
}
