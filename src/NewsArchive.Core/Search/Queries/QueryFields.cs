namespace NewsArchive.Core.Search.Queries;

/// <summary>The fields a reader may name in a query (title:…, source:…); every engine indexes them under these names.</summary>
public static class QueryFields
{
    public const string Title = "title";

    /// <summary>The outlet, compared as a whole name without regard to case.</summary>
    public const string Source = "source";
}
