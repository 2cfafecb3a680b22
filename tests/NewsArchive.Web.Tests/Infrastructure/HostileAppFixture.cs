namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// The app over the hostile corpus (HostileCorpus/: every format, every field carrying script,
/// event attributes, dangerous addresses, formulas and invisible characters), indexed when it
/// starts. Small, so each class that needs it may start its own.
/// </summary>
public sealed class HostileAppFixture : CorpusAppFixture
{
    /// <summary>A word every hostile article contains, to find them all.</summary>
    public const string Marker = "hostilemarker";

    /// <summary>One article per file, and one per line of the JSON Lines file.</summary>
    public const int ArticleCount = 10;

    public static string Corpus => Path.Combine(AppContext.BaseDirectory, "HostileCorpus");

    public HostileAppFixture() : base(Corpus, "newsarchive-hostile-")
    {
    }
}
