using System.Net;
using System.Text;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Core.Search;
using NewsArchive.Web.Exports;
using NewsArchive.Web.Tests.Infrastructure;
using Serilog.Events;

namespace NewsArchive.Web.Tests;

/// <summary>
/// An export that cannot finish never looks finished: when reading the archive fails midway (a
/// damaged stored-fields file: an export of 6,457 articles stopped after 187 rows with a 200 and
/// a header claiming 6,457), its file ends with a line saying it failed and the download breaks,
/// and the log says why at error level. A client that drops a download is no error at all.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExportFailureTests(ArchiveAppFixture app)
{
    private const int ReadBeforeFailing = 187;

    /// <summary>The archive's own reading of a result set, failing after <see cref="ReadBeforeFailing"/> articles as a corrupt .fdt does.</summary>
    private static IEnumerable<ResultSetArticle> FailingMidway(IResultSet results, bool withText) =>
        results.Articles(withText).Select((article, n) =>
            n < ReadBeforeFailing ? article : throw new CorruptIndexException("checksum failed (hardware problem?) (resource=_0.fdt)"));

    [Theory]
    [InlineData("/search.csv?q=oil", "# export failed")]
    [InlineData("/search.jsonl?q=oil", "{\"type\":\"error\"")]
    public async Task ExportFailingMidway_EndsAsABrokenDownload_WithALastLineSayingSo_AndAnErrorInTheLog(string url, string failedLine)
    {
        var logs = new CapturedLogs();
        await using var factory = logs.Into(app.Factory, services => services.AddSingleton(provider =>
            new ExportStreamer(provider.GetRequiredService<ILogger<ExportStreamer>>(), FailingMidway)));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > ReadBeforeFailing, $"{total} matches: too few to fail midway");

        // Read what arrives until the transfer breaks (or ends): the bytes before the break are kept.
        var body = new MemoryStream();
        Exception? broken = null;
        try
        {
            await (await response.Content.ReadAsStreamAsync()).CopyToAsync(body);
        }
        catch (Exception e) when (e is IOException or HttpRequestException or OperationCanceledException)
        {
            broken = e;
        }

        // The break is what a client cannot miss; the line saying so arrives when the bytes before
        // the break do (over a socket they may not: a reset can drop what the client had not read).
        var lines = Encoding.UTF8.GetString(body.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotNull(broken);
        if (lines.Length > 0 && lines[^1].StartsWith(failedLine, StringComparison.Ordinal))
            Assert.Contains($"after {ReadBeforeFailing} of {total:N0} articles", lines[^1]);
        Assert.True(logs.Any(LogEventLevel.Error, "failed after " + ReadBeforeFailing), string.Join("\n", logs.Events.Select(e => e.RenderMessage())));
        Assert.IsType<CorruptIndexException>(logs.Events.Single(e => e.Level == LogEventLevel.Error && e.Exception is not null).Exception);
    }

    [Theory]
    [InlineData("/search.csv?text=1")]
    [InlineData("/search.jsonl?text=1")]
    public async Task ExportDroppedByItsClient_IsInformationInTheLog_NotAnError(string url)
    {
        var logs = new CapturedLogs();
        await using var factory = logs.Into(app.Factory);
        using var client = factory.CreateClient();

        using (var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead))
        {
            var stream = await response.Content.ReadAsStreamAsync();
            var start = new byte[64 * 1024];
            await stream.ReadAtLeastAsync(start, start.Length);
        }

        Assert.True(await Eventually.AskAsync(() => Task.FromResult(logs.Any(LogEventLevel.Information, "went away")), found => found, TimeSpan.FromSeconds(10)),
            string.Join("\n", logs.Events.Select(e => $"{e.Level}: {e.RenderMessage()}")));
        Assert.Empty(logs.Errors);
        Assert.DoesNotContain(logs.Events, e => e.Level >= LogEventLevel.Warning && e.Exception is not null);
    }

    [Theory]
    [InlineData("/search.csv?q=oil")]
    [InlineData("/search.jsonl?q=oil")]
    public async Task ExportAskedWithHead_GivesItsHeadersWithoutReadingAnArticle(string url)
    {
        // Reading any article fails, so a HEAD that read the export would end broken and logged.
        var logs = new CapturedLogs();
        await using var factory = logs.Into(app.Factory, services => services.AddSingleton(provider =>
            new ExportStreamer(provider.GetRequiredService<ILogger<ExportStreamer>>(),
                (_, _) => throw new CorruptIndexException("no article may be read for a HEAD (resource=_0.fdt)"))));
        using var client = factory.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(int.Parse(head.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.NotNull(head.Content.Headers.ContentDisposition?.FileName);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(logs.Events, e => e.Level >= LogEventLevel.Error);
    }

    [Theory]
    [InlineData("csv", "# export failed after 187 of ")]
    [InlineData("jsonl", "{\"type\":\"error\",\"message\":\"export failed after 187 of ")]
    public async Task ExportFailingMidway_WritesWhatItReadThenALastLineSayingItFailed_ThenAborts(string extension, string failedLine)
    {
        var logs = new CapturedLogs();
        await using var factory = logs.Into(app.Factory);
        var searcher = factory.Services.GetRequiredService<IArchive>();
        var streamer = new ExportStreamer(factory.Services.GetRequiredService<ILogger<ExportStreamer>>(), FailingMidway);
        var aborted = new AbortRecorder();
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = factory.Services };
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature>(aborted);
        context.Request.Host = new Microsoft.AspNetCore.Http.HostString("localhost");
        context.Request.Scheme = "http";
        var body = new MemoryStream();
        context.Response.Body = body;
        var request = new SearchRequest { Query = "oil" };
        var results = searcher.Results(request, ExportOptions.MaxArticles);
        var header = ExportHeader.Of(request, new ExportOptions(false, ExportOptions.MaxArticles), results, DateTimeOffset.UtcNow, context.Request);

        await streamer.StreamAsync(context, ExportFormat.All.Single(f => f.Extension == extension), header, results, withText: false);

        var lines = Encoding.UTF8.GetString(body.ToArray()).TrimEnd().Split('\n');
        Assert.True(aborted.Aborted);
        Assert.StartsWith(failedLine, lines[^1]);
        Assert.Contains("This file is incomplete", lines[^1]);
        // Every article read before the failure is in the file, whole.
        var rows = extension == "csv"
            ? lines.Count(line => !line.TrimStart('\uFEFF').StartsWith('#')) - 1
            : lines.Count(line => line.StartsWith("{\"type\":\"article\"", StringComparison.Ordinal));
        Assert.Equal(ReadBeforeFailing, rows);
    }

    private sealed class AbortRecorder : Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature
    {
        public bool Aborted { get; private set; }

        public CancellationToken RequestAborted { get; set; }

        public void Abort() => Aborted = true;
    }
}
