using System.Net;
using NewsArchive.Web.Tests.Infrastructure;

namespace NewsArchive.Web.Tests;

/// <summary>
/// Every route with a path parameter, and the static files, given what probes for files: only
/// 404 or 400 comes back, never a failure and never a file from outside the site's static root.
/// (Article ids are looked up in the index, never used as paths; this keeps it that way.)
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PathParameterTests(ArchiveAppFixture app)
{
    private static readonly string[] Routes = ["/articles/", "/api/articles/", "/stories/", "/api/stories/", "/search/facet/", "/search/facet/kw/", "/error/"];

    /// <summary>As they appear in the URL: escaped where a client would escape them, raw where it might not.</summary>
    private static readonly string[] Parameters =
    [
        "../../etc/passwd",
        "..%2f..%2fappsettings.json",
        "%2e%2e/%2e%2e/appsettings.json",
        "%2e%2e%2f%2e%2e%2fappsettings.json",
        "....//....//appsettings.json",
        "%252e%252e%252fappsettings.json",
        "/etc/passwd",
        "C:%5CWindows%5Cwin.ini",
        "C:\\Windows\\win.ini",
        "file:%2F%2F%2Fetc%2Fpasswd",
        new string('a', 10_000),
        new string('7', 10_000),
        "%E2%80%AE1-sretuer",
        "%F0%9F%98%80",
        "%ZZ",
        "%20",
        "",
        "0",
        "-1",
        "99999999999",
        "2147483647",
        "302",
        "200",
    ];

    /// <summary>
    /// Probes with a NUL, set as the decoded path: the HTTP server (and the test host, which
    /// decodes alike) refuses %00 in a path before the app sees it, so only this way is the app's
    /// own answer tested.
    /// </summary>
    private static readonly string[] WithNul = ["\0", "reuters-1\0.json", "..\0/appsettings.json"];

    /// <summary>What the site's files and the process's files hold; none may come back.</summary>
    private static readonly string[] Secrets = ["root:x:0:0", "\"AllowedHosts\"", "\"Serilog\"", "[core]", "runtimeOptions", "[fonts]"];

    public static TheoryData<string> Routed => new(Routes);

    [Theory]
    [MemberData(nameof(Routed))]
    public async Task RouteWithAPathParameter_AnswersProbesWith404Or400(string route)
    {
        var problems = new List<string>();
        foreach (var parameter in Parameters)
        {
            var response = await app.GetAsync(route + parameter);
            Check(route + parameter, (int)response.StatusCode, await response.Content.ReadAsStringAsync(), problems);
        }
        foreach (var parameter in WithNul)
        {
            var (status, body) = await SendPathAsync(route + parameter);
            Check(route + parameter.Replace("\0", "\\0"), status, body, problems);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("/appsettings.json")]
    [InlineData("/appsettings.Development.json")]
    [InlineData("/NewsArchive.Web.dll")]
    [InlineData("/NewsArchive.Web.deps.json")]
    [InlineData("/NewsArchive.Web.runtimeconfig.json")]
    [InlineData("/web.config")]
    [InlineData("/.git/config")]
    [InlineData("/../appsettings.json")]
    [InlineData("/%2e%2e/appsettings.json")]
    [InlineData("/css/../../appsettings.json")]
    [InlineData("/css/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/css/..%2f..%2fappsettings.json")]
    [InlineData("/css/%2e%2e%5c%2e%2e%5cappsettings.json")]
    [InlineData("/wwwroot/css/site.css")]
    [InlineData("/css/site.css::$DATA")]
    public async Task StaticFiles_ServeNothingOutsideTheirFolder(string url)
    {
        var response = await app.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Secrets, body.Contains);
    }

    /// <summary>
    /// The same probes as the server would see them were nothing to normalise the path on the way
    /// (dot segments and backslashes left in), set on the request directly.
    /// </summary>
    [Theory]
    [InlineData("/../appsettings.json")]
    [InlineData("/css/../../appsettings.json")]
    [InlineData("/css/..\\..\\appsettings.json")]
    [InlineData("/articles/../../appsettings.json")]
    [InlineData("/api/articles/../../../etc/passwd")]
    [InlineData("/search/facet/kw/../../../appsettings.json")]
    [InlineData("/js/site.js\0.json")]
    public async Task UnnormalisedPaths_ServeNoFile(string path)
    {
        var (status, body) = await SendPathAsync(path);

        Assert.True(status is 404 or 400, $"{path} answered {status}");
        Assert.DoesNotContain(Secrets, body.Contains);
    }

    private async Task<(int Status, string Body)> SendPathAsync(string path)
    {
        var context = await app.Factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = path;
        });
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    private static void Check(string url, int status, string body, List<string> problems)
    {
        if (status is not (404 or 400)) problems.Add($"{Shorten(url)} answered {status}");
        if (Secrets.FirstOrDefault(body.Contains) is { } secret) problems.Add($"{Shorten(url)} answered with \"{secret}\" in it");
    }

    private static string Shorten(string url) => url.Length <= 100 ? url : url[..100] + "…";
}
