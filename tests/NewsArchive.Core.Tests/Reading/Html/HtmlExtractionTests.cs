using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Reading.Html;

namespace NewsArchive.Core.Tests.Reading.Html;

/// <summary>The rules of extraction, each on the smallest page that shows it.</summary>
public sealed class HtmlExtractionTests
{
    private const string Story = "<p>The harbour ferry will run every twenty minutes from Monday, the transit authority said.</p>";

    private static ReadResult Parse(string html) => HtmlArticleParser.Parse(html, "page.html", "page");

    private static Article ArticleOf(string html)
    {
        var result = Parse(html);
        Assert.Null(result.Problem);
        return result.Article!;
    }

    [Theory]
    [InlineData("<meta property='og:title' content='From Open Graph'><title>From title</title><h1>From h1</h1>", "From Open Graph")]
    [InlineData("<title>From title</title><article><h1>From h1</h1></article>", "From h1")]
    [InlineData("<title>From title</title><header><h1>Site logo</h1></header>", "From title")]
    [InlineData("<meta property='og:site_name' content='The Post'><title>Rates rise | The Post</title>", "Rates rise")]
    [InlineData("<meta property='og:site_name' content='The Post'><title>The Post - Rates rise</title>", "Rates rise")]
    [InlineData("<meta property='og:site_name' content='The Post'><title>Paris - Texas | Film review</title>", "Paris - Texas | Film review")]
    [InlineData("<title>  Rates\n   rise&nbsp;again </title>", "Rates rise again")]
    public void Title_FollowsOpenGraphThenHeadlineThenTitleElement(string head, string expected)
    {
        Assert.Equal(expected, ArticleOf(head + Story).Title);
    }

    [Theory]
    [InlineData("<meta property='article:published_time' content='2024-05-01T10:00:00+02:00'><meta name='date' content='2020-01-01'>", "2024-05-01T08:00:00Z")]
    [InlineData("<meta property='article:published_time' content='not a date'><script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"datePublished\":\"2024-05-02\"}</script>", "2024-05-02T00:00:00Z")]
    [InlineData("<article><time datetime='2024-05-03T09:30:00Z'>May 3</time>" + Story + "</article><meta name='pubdate' content='2020-01-01'>", "2024-05-03T09:30:00Z")]
    [InlineData("<article><time class='updated' datetime='2024-06-01'>Jun 1</time><time itemprop='datePublished' datetime='2024-05-04'>May 4</time></article>", "2024-05-04T00:00:00Z")]
    [InlineData("<meta name='DC.date.issued' content='Tue, 05 Mar 2024 14:30:00 GMT'>", "2024-03-05T14:30:00Z")]
    public void Date_TakesTheFirstCandidateThatParses_InUtc(string html, string expected)
    {
        var result = Parse(html + Story);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Article!.Date);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Date_InsideComments_IsNotThePublicationDate()
    {
        var article = ArticleOf("<article>" + Story + "<div id='comments'><time datetime='2024-05-09'>May 9</time></div></article>");

        Assert.Null(article.Date);
    }

    [Theory]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":\"Jane Doe\"}</script>", new[] { "Jane Doe" })]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script>", new[] { "Jane Doe" })]
    [InlineData("<script type='application/ld+json'>{\"@type\":[\"NewsArticle\"],\"author\":[{\"name\":\"A One\"},{\"name\":\"B Two\"},{\"name\":\"a one\"}]}</script>", new[] { "A One", "B Two" })]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"ReportageNewsArticle\",\"author\":{\"name\":\"Jane Doe\"}}}</script>", new[] { "Jane Doe" })]
    [InlineData("<script type='application/ld+json'>{ not json </script><meta name='author' content='Jane Doe'>", new[] { "Jane Doe" })]
    [InlineData("<meta name='author' content='Jane Doe'><meta name='author' content='John Roe'>", new[] { "Jane Doe", "John Roe" })]
    [InlineData("<meta name='author' content='By Jane Doe and John Roe'>", new[] { "Jane Doe", "John Roe" })]
    [InlineData("<meta name='author' content='https://social.example/janedoe'>", new string[0])]
    [InlineData("<article><p class='byline'>By <a rel='author' href='/jd'>Jane Doe</a></p></article>", new[] { "Jane Doe" })]
    [InlineData("<article><div class='comments'><a rel='author' href='/x'>A Commenter</a></div></article>", new string[0])]
    [InlineData("<article><p class='byline'>By Jane Doe, Science Editor</p></article>", new string[0])]
    public void Authors_ComeFromMetaThenJsonLdThenMarkedUpBylines(string html, string[] expected)
    {
        Assert.Equal(expected, ArticleOf(html + Story).Authors);
    }

    [Theory]
    [InlineData("<link rel='canonical' href='https://www.example.com/a'><meta property='og:url' content='https://example.com/b'>", "https://www.example.com/a", "example.com")]
    [InlineData("<link rel='canonical' href='/relative/path'><meta property='og:url' content='https://news.example.org/b'>", "https://news.example.org/b", "news.example.org")]
    [InlineData("<link rel='canonical' href='data:text/html,hi'>", null, null)]
    public void Url_IsCanonicalThenOpenGraph_AndOnlyWebAddresses(string html, string? url, string? source)
    {
        var article = ArticleOf(html + Story);

        Assert.Equal(url, article.Url);
        Assert.Equal(source, article.Source);
    }

    [Fact]
    public void Source_PrefersSiteNameThenJsonLdPublisherThenHost()
    {
        const string Canonical = "<link rel='canonical' href='https://www.host.example/a'>";
        const string JsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Publisher Name\"}}</script>";

        Assert.Equal("Site Name", ArticleOf("<meta property='og:site_name' content='Site Name'>" + JsonLd + Canonical + Story).Source);
        Assert.Equal("Publisher Name", ArticleOf(JsonLd + Canonical + Story).Source);
        Assert.Equal("host.example", ArticleOf(Canonical + Story).Source);
    }

    [Fact]
    public void Body_NormalisesWhitespaceAndEntitiesInsideParagraphs()
    {
        var article = ArticleOf("<p>  Prices\n\t rose&nbsp;3%\u00ADin  <em>May</em>,\r\n  the <a href='/x'>agency</a> said. </p>");

        Assert.Equal("Prices rose 3%in May, the agency said.", article.Body);
    }

    [Fact]
    public void Body_LineBreaksAndBlocksSeparateParagraphs()
    {
        var article = ArticleOf("<article><div>First line of loose text<br>Second line<br><br><div>Nested block</div>Tail text</div></article>");

        Assert.Equal(["First line of loose text", "Second line", "Nested block", "Tail text"], article.Paragraphs);
    }

    [Fact]
    public void Body_InlineImagesAndScriptsDoNotSplitAParagraph()
    {
        var article = ArticleOf("<p>Fares rise <img src='up.png' alt='up'> by ten cents <script>track()</script>from May.</p>");

        Assert.Equal("Fares rise by ten cents from May.", article.Body);
    }

    [Fact]
    public void Body_DropsParagraphsThatAreMostlyLinks()
    {
        var article = ArticleOf("<article>" + Story + "<ul><li><a href='/1'>Another story entirely</a></li></ul><p>See also: <a href='/2'>Ferry timetable changes explained in full</a></p></article>");

        Assert.Equal("The harbour ferry will run every twenty minutes from Monday, the transit authority said.", article.Body);
    }

    [Theory]
    [InlineData("<div class='ad-slot'>Advertisement</div>")]
    [InlineData("<div class='social-share-bar'>Share this</div>")]
    [InlineData("<section class='related-articles'><p>Related: older ferry story</p></section>")]
    [InlineData("<div id='newsletter-box'><p>Sign up now</p></div>")]
    [InlineData("<div class='advertisement-wrapper'>Sponsored</div>")]
    [InlineData("<div class='cookie-notice'>We use cookies</div>")]
    [InlineData("<div class='promo'>Subscribe today</div>")]
    [InlineData("<ul class='post-tags'><li>Ferries</li></ul>")]
    [InlineData("<div hidden>Hidden text</div>")]
    [InlineData("<div role='complementary'>Sidebar</div>")]
    public void Body_DropsBoilerplateInsideTheArticle(string boilerplate)
    {
        var article = ArticleOf("<article>" + Story + boilerplate + "</article>");

        Assert.Equal("The harbour ferry will run every twenty minutes from Monday, the transit authority said.", article.Body);
    }

    [Theory]
    [InlineData("<article class='post tag-ferries category-transport'>")]
    [InlineData("<article class='story-with-shadow header-image'>")]
    [InlineData("<article class='commentary'>")]
    public void Body_KeepsArticlesWhoseClassNamesOnlyResembleBoilerplate(string articleTag)
    {
        var article = ArticleOf("<main>" + articleTag + Story + "</article></main>");

        Assert.Equal("The harbour ferry will run every twenty minutes from Monday, the transit authority said.", article.Body);
    }

    [Fact]
    public void Body_TeaserArticleDoesNotWinOverTheStoryElsewhere()
    {
        var article = ArticleOf(
            "<div class='story'>" + Story + "<p>Commuters have asked for more frequent sailings since the new bridge tolls were introduced.</p></div>"
            + "<div class='cards'><article><p>Teaser: a different story about the airport, short and sweet.</p></article></div>");

        Assert.Equal(2, article.Paragraphs.Count());
        Assert.DoesNotContain("Teaser", article.Body);
    }
}
