using NewsArchive.Core.Reading;
using static NewsArchive.Core.Tests.Reading.Html.HtmlFixtures;

namespace NewsArchive.Core.Tests.Reading.Html;

/// <summary>Saved pages of different site layouts, read end to end.</summary>
public sealed class HtmlFixtureTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void Read_WireServicePage_TakesMetadataFromOpenGraphAndJsonLd()
    {
        var article = ArticleOf("wire-service.html");

        Assert.Equal("wire-service", article.Id);
        Assert.Equal("WHO panel urges faster rollout of malaria vaccine in Sahel", article.Title);
        Assert.Equal(Utc(2024, 3, 14, 8, 42), article.Date); // 09:42 at +01:00
        Assert.Equal("Meridian Wire", article.Source); // og:site_name before JSON-LD's "Meridian Wire Service"
        Assert.Equal(["Lena Fischer", "Omar Haddad"], article.Authors);
        Assert.Equal("https://www.meridianwire.example/world/health/who-panel-malaria-vaccine-2024-03-14/", article.Url);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void Read_WireServicePage_BodyIsTheStoryWithoutSiteChrome()
    {
        var article = ArticleOf("wire-service.html");

        var paragraphs = article.Paragraphs.ToList();
        Assert.Equal(5, paragraphs.Count);
        Assert.StartsWith("GENEVA, March 14 (Meridian Wire) - A World Health Organization advisory panel", paragraphs[0]);
        Assert.Equal("\"Every month of delay is measured in children’s lives,\" the panel’s chair told reporters in Geneva, adding that the two approved vaccines had cut severe cases by around a third in pilot countries.", paragraphs[2]);
        Assert.Equal("Reporting by Lena Fischer in Geneva and Omar Haddad in Niamey; Editing by Clare Whitby", paragraphs[4]);
        AssertBodyLacks(article, "Skip to main content", "Search Meridian Wire", "Share on X", "Email this story",
            "Most read", "Oil slips", "All rights reserved", "Trust Principles", "dataLayer", "By Lena Fischer and");
    }

    [Fact]
    public void Read_WordPressPost_TakesTitleFromH1AndDateFromPublishedTimeElement()
    {
        var article = ArticleOf("wordpress-post.html");

        Assert.Equal("Beating tomato blight on a wet allotment", article.Title);
        Assert.Equal(Utc(2023, 8, 2, 17, 5, 11), article.Date); // not the "updated" time beside it
        Assert.Equal("Allotment Diaries", article.Source);
        Assert.Equal(["Ruth Alder"], article.Authors); // from rel="author", not the commenters
        Assert.Equal("https://allotmentdiaries.example/2023/08/02/beating-tomato-blight/", article.Url);
    }

    [Fact]
    public void Read_WordPressPost_DropsShareBarRelatedPostsAndComments()
    {
        var article = ArticleOf("wordpress-post.html");

        Assert.StartsWith("Three summers out of the last four, late blight", article.Body);
        Assert.EndsWith("Good spacing and resistant seed did more than any spray I have tried.", article.Body);
        AssertBodyLacks(article, "Share this", "Click to share", "Twitter", "Facebook", "Related", "Saving your own tomato seed",
            "thoughts on", "Bordeaux mixture", "Crimson Crush did brilliantly", "Leave a Reply", "Post Comment",
            "Your email address", "Posted in", "Tagged", "Recent Posts", "Runner beans", "Proudly powered", "Skip to content",
            "Notes from plot 14B", "sharing_js_options");
    }

    [Fact]
    public void Read_WordPressPost_KeepsSubheadingsListItemsAndQuotesAsParagraphs()
    {
        var paragraphs = ArticleOf("wordpress-post.html").Paragraphs.ToList();

        Assert.Contains("What blight looks like", paragraphs);
        Assert.Contains("Is copper spray worth it?", paragraphs);
        Assert.Contains("Stripped the lower leaves up to the first truss as soon as it set.", paragraphs);
        Assert.Contains("Blight needs two warm days in a row with high humidity. You cannot control the weather, but you can control how long the leaves stay wet.", paragraphs);
        Assert.DoesNotContain("Beating tomato blight on a wet allotment", paragraphs); // the headline is the title, not the first paragraph
    }

    [Fact]
    public void Read_NewspaperPage_DropsMenuAdsRelatedStoriesAndNewsletter()
    {
        var article = ArticleOf("newspaper.html");

        Assert.Equal(
            [
                "City council voted 9-2 on Monday night to spend $4 million deepening the harbour's main channel, ending a decade of debate over silt that has forced larger fishing boats to wait for high tide.",
                "The work, to be carried out over two winters, will remove about 180,000 cubic metres of sediment from the approach to the public wharf.",
                "\"This is the single most important thing we can do for the working waterfront,\" said Coun. Marie Doucette, who chairs the harbour committee.",
                "The two councillors who voted against the plan said the city should wait for a federal cost-sharing agreement before committing its own money.",
                "Staff told council that disposal of the dredged material at sea still needs approval from the federal environment department, which could take up to eight months.",
                "If that approval arrives in time, the first barges could be working by April.",
            ],
            article.Paragraphs);
        AssertBodyLacks(article, "Advertisement", "Obituaries", "E-Edition", "Latest from City Hall", "Related stories",
            "Port posts record cargo year", "READ MORE", "Morning Brief", "Sign up", "newsletter", "We use cookies", "Accept all",
            "dredging barge works", "Herald archives", "Most read", "School bus", "Subscribe", "All rights reserved", "googletag",
            "Copy link", "Work to deepen the main channel");
    }

    [Fact]
    public void Read_NewspaperPage_SplitsAuthorMetaAndNamesTheSourceByCanonicalHost()
    {
        var article = ArticleOf("newspaper.html");

        Assert.Equal("Council approves $4M harbour dredging plan", article.Title);
        Assert.Equal(["Tom Reyes", "Anna Kowalczyk"], article.Authors);
        Assert.Equal("harbourherald.example", article.Source); // no site name declared: the host, without "www."
        Assert.Equal(Utc(2024, 11, 5, 10, 0), article.Date); // meta name=date; the <time> has no datetime
    }

    [Fact]
    public void Read_MinimalPage_UsesTitleElementAndParagraphs()
    {
        var article = ArticleOf("minimal.html");

        Assert.Equal("Water main breaks on Elm Street", article.Title);
        Assert.Equal(3, article.Paragraphs.Count());
        Assert.StartsWith("A water main burst under Elm Street early on Saturday", article.Body);
        Assert.Null(article.Date);
        Assert.Null(article.Source);
        Assert.Null(article.Url);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void Read_Windows1252PageDeclaredByMetaCharset_DecodesAccentsAndQuotes()
    {
        var article = ArticleOf("windows-1252.html");

        Assert.Equal("Café owner from Zürich wins national pastry award", article.Title); // " – Lakeside Chronicle" stripped
        Assert.Equal(["Zoë Brunner"], article.Authors);
        Assert.Equal(Utc(2022, 5, 17), article.Date); // DC.date
        Assert.Contains("Renée Fässler, who moved here from Zürich eleven years ago, has won this year’s national pastry award", article.Body);
        Assert.Contains("“perfectly crisp” shortcrust – and the €2,500 prize", article.Body);
        Assert.Contains("Seestraße", article.Body);
        Assert.DoesNotContain('\uFFFD', article.Body);
    }

    [Fact]
    public void Read_OldTableLayoutInLatin1_FindsStoryCellByTextAndReadsQuotesAsWindows1252()
    {
        var article = ArticleOf("latin1-table-layout.htm");

        Assert.Equal("Fire destroys Dunmore woollen mill - Valley Courier Online", article.Title); // no site name is declared to strip
        Assert.Equal(Utc(2003, 2, 11), article.Date); // meta name=pubdate
        Assert.Contains("“We will rebuild,” said managing director Agnes Blythe.", article.Body);
        Assert.Contains("the mill’s owners said", article.Body);
        Assert.Contains("By Harold Finch, staff reporter", article.Paragraphs); // separated from the headline by a <br>
        AssertBodyLacks(article, "Front page", "Letters to the editor", "Classifieds", "updated every Tuesday", "Back to the news archive",
            "Reproduction without permission", "MM_preloadImages");
        Assert.Empty(article.Authors); // an unmarked byline is not guessed at
    }

    [Fact]
    public void Read_YoastGraphJsonLd_ResolvesAuthorAndPublisherReferences()
    {
        var article = ArticleOf("graph-jsonld.html");

        Assert.Equal(["Mary Tootoo", "Daniel Okafor"], article.Authors);
        Assert.Equal("Northern Ledger", article.Source);
        Assert.Equal(Utc(2025, 1, 20, 7, 15), article.Date);
        Assert.Equal("Ice road season opens late after mild December", article.Title); // og:title without " - Northern Ledger"
        Assert.Equal("https://northernledger.example/2025/01/20/ice-road-season-opens-late/", article.Url); // og:url, there being no canonical link
        Assert.Contains("Fuel deliveries squeezed", article.Paragraphs);
        AssertBodyLacks(article, "Never miss a story", "weekly digest", "reader-funded", "Culture", "January 20, 2025");
    }

    [Fact]
    public void Read_MicrodataPage_ReadsHeadlineAuthorAndTimeAroundTheArticleBody()
    {
        var article = ArticleOf("microdata.html");

        Assert.Equal("Heat warning puts orchard harvest at risk", article.Title);
        Assert.Equal(["Carlos Mendes"], article.Authors);
        Assert.Equal(Utc(2021, 6, 30, 23, 20), article.Date);
        Assert.Equal("valleyradio.example", article.Source);
        Assert.Equal(3, article.Paragraphs.Count());
        AssertBodyLacks(article, "Afternoon Drive", "Listen live", "Carlos Mendes", "June 30");
    }

    [Fact]
    public void Read_UnparseableDate_KeepsArticleWithWarning()
    {
        var result = Read("broken-date.html");

        Assert.Null(result.Article!.Date);
        Assert.Equal("Library extends opening hours for exam season", result.Article.Title);
        Assert.Equal(["Jordan Lee"], result.Article.Authors); // "By " dropped
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(new ReadProblem(PathOf("broken-date.html"), null, "unreadable date \"Thursday-ish, the 34th of Smarch\" kept as unknown"), warning);
    }

    [Fact]
    public void Read_HostilePage_BodyIsPlainTextWithoutScriptsOrHiddenContent()
    {
        var article = ArticleOf("hostile.html");

        Assert.Equal("Town website restored after defacement", article.Title);
        Assert.Equal(4, article.Paragraphs.Count());
        Assert.Contains("doing so to Smith & Sons, the town's bank.", article.Body);
        Assert.Contains("read the council’s statement on what happened", article.Body);
        AssertBodyLacks(article, "<", ">", "script", "alert", "onerror", "javascript", "INJECTED", "document.", "STYLE-", "SVG-",
            "IFRAME-TEXT", "NOSCRIPT-TEXT", "TEMPLATE-TEXT", "OBJECT-TEXT", "COMMENT-TEXT", "HIDDEN-TEXT");
    }

    [Fact]
    public void Read_HostilePage_IgnoresJavascriptUrlsAndMarkupInAuthorNames()
    {
        var article = ArticleOf("hostile.html");

        Assert.Null(article.Url);
        Assert.Equal("Millbrook Gazette", article.Source);
        Assert.Equal(["Priya Natarajan"], article.Authors);
        Assert.Equal(Utc(2023, 10, 9, 16, 0), article.Date);
    }
}
