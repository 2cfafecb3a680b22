using System.Globalization;
using AngleSharp.Dom;

namespace NewsArchive.Web.Tests.Infrastructure;

public static class PageExtensions
{
    /// <summary>The article links of the result list, as article ids.</summary>
    public static IReadOnlyList<string> HitIds(this Page page) =>
        page.All("ol.hits li.hit h2 a")
            .Select(a => Link.Parse(a.GetAttribute("href")!).Path["/articles/".Length..])
            .ToList();

    /// <summary>The dates of the hits, in list order (undated hits are left out).</summary>
    public static IReadOnlyList<DateOnly> HitDates(this Page page) =>
        page.All("ol.hits li.hit time[datetime]")
            .Select(t => DateOnly.ParseExact(t.GetAttribute("datetime")!, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>The number at the start of the results heading, e.g. 129 in "129 articles for cocoa".</summary>
    public static int Total(this Page page)
    {
        var heading = page.Required("#results-heading").TextContent.Trim();
        var number = heading.Split(' ')[0];
        return int.Parse(number, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    /// <summary>The source facet's values and counts, as shown.</summary>
    public static IReadOnlyDictionary<string, (int Count, bool Checked)> SourceFacet(this Page page)
    {
        var fieldset = page.All("aside.facets fieldset.facet")
            .Single(f => f.QuerySelector("legend")?.TextContent.Trim() == "Source");
        return fieldset.QuerySelectorAll("ul.facet-values li label").ToDictionary(
            label => label.QuerySelector(".facet-label")!.TextContent.Trim(),
            label => (ParseCount(label.QuerySelector(".count")!), label.QuerySelector("input[type=checkbox]")!.HasAttribute("checked")));
    }

    public static int ParseCount(IElement element) =>
        int.Parse(element.TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
