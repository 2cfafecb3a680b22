using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Queries;

namespace NewsArchive.Core.Tests.Search.Queries;

/// <summary>"list:value" in a query ticks that list's facet, read in Core against any archive's lists.</summary>
public class QueryFacetsTests
{
    private sealed class Lists : IKeywordLists
    {
        private static readonly Dictionary<string, string[]> Values = new(StringComparer.OrdinalIgnoreCase)
        {
            ["bias"] = ["Left", "Center", "Right"],
            ["topic"] = ["Politics", "Immigration"],
        };

        public string? ListNamed(string typed) => Values.Keys.FirstOrDefault(k => string.Equals(k, typed, StringComparison.OrdinalIgnoreCase));

        public string StoredForm(string list, string typed) =>
            Values[list].FirstOrDefault(v => string.Equals(v, typed, StringComparison.OrdinalIgnoreCase)) ?? typed;
    }

    [Fact]
    public void ChosenValues_BecomeFilters_ExcludedOnesStayExcluded()
    {
        var typed = QueryFacets.Apply(new SearchRequest { Query = "immigration BIAS:left -topic:politics" }, () => new Lists());

        Assert.Equal("immigration", typed.Request.Query);
        Assert.Equal([new KeywordFilter("bias", "Left")], typed.Request.Keywords);
        Assert.Equal([new KeywordFilter("bias", "Left")], typed.Chosen);
        Assert.Equal([new KeywordFilter("topic", "Politics")], typed.Excluded);
        Assert.Equal(["immigration", "-topic:politics"], typed.Ticked.Query!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void OtherWordsWithAColon_StayText()
    {
        var typed = QueryFacets.Apply(new SearchRequest { Query = "Charlottesville: CEOs quit origin:x" }, () => new Lists());

        Assert.Equal("Charlottesville: CEOs quit origin:x", typed.Request.Query);
        Assert.Empty(typed.Request.Keywords);
    }

    [Fact]
    public void WithoutAColon_TheListsAreNotAskedFor()
    {
        var typed = QueryFacets.Apply(new SearchRequest { Query = "immigration" }, () => throw new InvalidOperationException("asked"));

        Assert.Equal("immigration", typed.Request.Query);
    }
}
