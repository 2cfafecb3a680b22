using System.Globalization;
using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Counting;

namespace NewsArchive.Web.Infrastructure;

/// <summary>A facet value as a list shows it: its count, and whether the search has chosen it.</summary>
public sealed record FacetChoice(string Value, int Count, bool Selected);

/// <summary>
/// How facets read on the pages. The search counts every value of every facet; beside the hits
/// only the most frequent few show (and every chosen one, so a choice can be undone where it was
/// made), and a page of their own lists them all.
/// </summary>
public static class FacetLists
{
    public const int SourcesShown = 15;
    public const int KeywordValuesShown = 10;

    /// <summary>Every value with whether it is chosen; a chosen value no article matches is kept, at 0, so it can be unticked.</summary>
    public static List<FacetChoice> All(IReadOnlyList<FacetValue> values, Facet facet, SearchRequest request)
    {
        var choices = values.Select(v => new FacetChoice(v.Value, v.Count, facet.IsSelected(request, v.Value))).ToList();
        var counted = values.Select(v => v.Value).ToHashSet(facet.ValueComparer);
        choices.AddRange(facet.SelectedValues(request).Where(value => !counted.Contains(value)).Select(value => new FacetChoice(value, 0, true)));
        return choices;
    }

    /// <summary>The values shown beside the hits: the most frequent, then any chosen one further down.</summary>
    public static List<FacetChoice> Top(IReadOnlyList<FacetChoice> all, Facet facet) =>
        all.Where((choice, rank) => rank < (facet.List is null ? SourcesShown : KeywordValuesShown) || choice.Selected).ToList();

    /// <summary>The facet's heading: "Source", or the list's name with a capital ("Topics").</summary>
    public static string Title(Facet facet) =>
        facet.List is { Length: > 0 } list ? char.ToUpper(list[0], CultureInfo.InvariantCulture) + list[1..] : "Source";

    /// <summary>The URL parameter a value of the facet is chosen with, and its value.</summary>
    public static (string Name, string Value) Parameter(Facet facet, string value) =>
        facet.List is null ? ("source", value) : ("kw", $"{facet.List}:{value}");

    /// <summary>The search without any choice of this facet: what its values are counted against.</summary>
    public static SearchRequest Without(SearchRequest request, Facet facet) => facet.List is null
        ? request with { Sources = [], Page = 1 }
        : request with { Keywords = request.Keywords.Where(k => k.List != facet.List).ToList(), Page = 1 };

    /// <summary>A share of all articles, with as many decimals as make small shares readable.</summary>
    public static string Percent(double share) => share switch
    {
        0 => "0%",
        >= 10 => share.ToString("F0", CultureInfo.InvariantCulture) + "%",
        >= 1 => share.ToString("F1", CultureInfo.InvariantCulture) + "%",
        >= 0.01 => share.ToString("F2", CultureInfo.InvariantCulture) + "%",
        _ => "<0.01%",
    };
}
