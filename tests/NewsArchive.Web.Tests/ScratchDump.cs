using NewsArchive.Web.Tests.Infrastructure;
namespace NewsArchive.Web.Tests;
[Collection(WebCollection.Name)]
public class ScratchDump(ArchiveAppFixture app)
{
    [Fact]
    public async Task Dump()
    {
        var qs = new[] { "/[/", "/coc.a/", "cocoa~", "coc*", "*", "*:*", "title:*", "source:Reuters", "source:reuters", "[a TO z]", "-cocoa", "NOT", "OR", "\\", "cocoa^", "cocoa^abc", "\" \"", "\"\"", "title:(", "AND", "*leading", "\"unbalanced", "cocoa~3", "cocoa~0.5", "a?c", "{a TO}", "date:[0 TO 9]", "id:reuters-1", "cocoa AND", "(((", ")", "~", "^", "cocoa\"", "?", "??", "c*a", "keyword:topics" , "\u0000", "title:\"\"", "\"cocoa\"~abc", "\"cocoa prices\"~2", "a*b*c*d*e*"};
        var lines = new List<string>();
        foreach (var q in qs)
        {
            var r = await app.GetAsync("/search?q=" + Uri.EscapeDataString(q));
            var body = await r.Content.ReadAsStringAsync();
            var p = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(q));
            lines.Add($"{q}\t{(int)r.StatusCode}\t{p.One("#results-heading")?.TextContent.Trim()}\t{p.One(".notice")?.TextContent}");
            var a = await app.GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
            lines.Add($"  api {(int)a.StatusCode}; article {(int)(await app.GetAsync("/articles/reuters-1?q=" + Uri.EscapeDataString(q))).StatusCode}");
        }
        foreach (var u in new[] { "/search?q=cocoa&page=14", "/search?size=100&page=100", "/api/search?size=100&page=100", "/search?kw=topics:", "/search?kw=:x", "/search?source=Nope", "/search?q=cocoa&source=TDI", "/search?from=0001-01-01", "/search?to=9999-12-31", "/search?from=9999-12-31", "/articles/", "/articles", "/nonexistent", "/error/500", "/error", "/search?q=cocoa&size=100&page=2", "/articles/reuters-1?page=0", "/api/articles/", "/api/search?page=0", "/search?page=1&page=2", "/search?q=cocoa&q=", "/articles/%2500", "/api/articles/%00x", "/search?size=-1", "/search?page=%2B2", "/search?page=%201", "/search?page=1.0", "/search?kw=topics:cocoa&kw=topics:cocoa","/search?sort=Relevance", "/search?from=1987-03-01&to=1987-03-01", "/search?q=cocoa&from=1987-02-01&to=1987-02-28", "/search?from=2022-01-10&to=2022-01-10", "/search?from=2022-01-11&to=2022-01-11" })
        {
            try {
            var p = await app.GetPageAsync(u);
            lines.Add($"{u}\t{p.Status}\t{p.One("h1")?.TextContent.Trim()}\t{p.One(".message.error p")?.TextContent}\t{p.One(".message.empty")?.TextContent.Trim()}\t{p.All(".hit").Count}\t{(p.Html.Length < 400 ? p.Html : "")}");
            } catch (Exception e) { lines.Add($"{u}\tEXC {e.Message}"); }
        }
        File.WriteAllLines("/tmp/dump/probe.txt", lines);
    }
}
