using NewsArchive.Core.Search;

namespace NewsArchive.Indexer;

/// <summary>The search command's option values as typed, before they are checked.</summary>
internal sealed record SearchArguments(
    string? Query,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Keywords,
    string? From,
    string? To,
    string? Sort,
    string? Seed,
    string? Limit,
    string? Page,
    string? Group,
    bool ExactWords,
    bool AsTyped)
{
    public const int DefaultLimit = SearchRequestReader.DefaultPageSize;

    /// <summary>
    /// The search to run, or the reason the arguments cannot make one. The options are the search
    /// page's URL parameters under a command line's names, read by the same reader as the web
    /// app's, so that a search the page refuses is refused here too, for the same reason.
    /// </summary>
    public (SearchRequest? Request, string? Error) Bind()
    {
        var (request, error) = new SearchRequestReader(ValuesOf, OptionOf).Read();
        return (request, error?.Message);
    }

    private IEnumerable<string?> ValuesOf(string parameter) => parameter switch
    {
        "q" => One(Query),
        "source" => Sources,
        "kw" => Keywords,
        "from" => One(From),
        "to" => One(To),
        "sort" => One(Sort),
        "seed" => One(Seed),
        "size" => One(Limit),
        "page" => One(Page),
        "group" => One(Group),
        "exact" => ExactWords ? ["1"] : [],
        "astyped" => AsTyped ? ["1"] : [],
        _ => [],
    };

    private static IEnumerable<string?> One(string? value) => [value];

    private static string OptionOf(string parameter) => parameter switch
    {
        "size" => "--limit",
        "astyped" => "--as-typed",
        _ => "--" + parameter,
    };
}
