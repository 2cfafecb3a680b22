using NewsArchive.Core.Search;

namespace NewsArchive.Web.Exports;

/// <summary>
/// Streams an export into the response, and ends it so that a reader can always tell a whole
/// file from part of one. By the time an article cannot be read (a damaged stored-fields file)
/// the status (200) and header (the total) are sent: the file then gets a last line saying it
/// failed and the response is aborted, so that a download shows as broken, never as a complete
/// file with fewer rows than its header says. A reader who leaves midway is not an error.
/// </summary>
/// <param name="read">
/// Reads the articles of a result set (with their text or not); the result set's own reading by
/// default. A test gives one that fails midway, as a damaged index does.
/// </param>
public sealed class ExportStreamer(ILogger<ExportStreamer> log, Func<IResultSet, bool, IEnumerable<ResultSetArticle>>? read = null)
{
    private readonly Func<IResultSet, bool, IEnumerable<ResultSetArticle>> read = read ?? ((results, withText) => results.Articles(withText));

    /// <summary>Writes the header and rows of <paramref name="results"/> in <paramref name="format"/>, then disposes them.</summary>
    public async Task StreamAsync(HttpContext context, ExportFormat format, ExportHeader header, IResultSet results, bool withText)
    {
        var aborted = context.RequestAborted;
        var progress = new Progress();
        using (results)
        {
            try
            {
                var rows = Rows(read(results, withText), progress, aborted).Select(found => ExportRow.Of(found, withText, context.Request));
                await format.Write(context.Response.Body, header, rows, aborted);
            }
            catch (Exception e) when (aborted.IsCancellationRequested)
            {
                log.LogInformation("Export of {Query} ended after {Rows} of {Exported} articles: the client went away ({Reason})", header.Query, progress.Rows, header.Exported, e.GetType().Name);
                return;
            }
        }
        if (progress.Failure is not { } failure) return;

        log.LogError(failure, "Export of {Query} failed after {Rows} of {Exported} articles; the response is aborted so that the client sees a broken download", header.Query, progress.Rows, header.Exported);
        await SayFailedAsync(context, format, $"export failed after {progress.Rows:N0} of {header.Exported:N0} articles: the archive could not read the next one. This file is incomplete.");
        context.Abort();
    }

    /// <summary>How far an export got, and what stopped it.</summary>
    private sealed class Progress
    {
        public int Rows;
        public Exception? Failure;
    }

    /// <summary>
    /// The articles until one cannot be read: the failure is kept and the rows end, so that the
    /// format closes what it wrote (its buffers, its last record) before the failure is said.
    /// </summary>
    private static IEnumerable<ResultSetArticle> Rows(IEnumerable<ResultSetArticle> articles, Progress progress, CancellationToken aborted)
    {
        using var reading = articles.GetEnumerator();
        while (true)
        {
            try
            {
                if (!reading.MoveNext()) break;
            }
            catch (Exception e) when (!aborted.IsCancellationRequested)
            {
                progress.Failure = e;
                break;
            }
            progress.Rows++;
            yield return reading.Current;
        }
    }

    /// <summary>The last line of a failed file, written if the connection still takes it.</summary>
    private async Task SayFailedAsync(HttpContext context, ExportFormat format, string message)
    {
        try
        {
            await context.Response.Body.WriteAsync(format.FailureLine(message), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            log.LogInformation("The failed export's last line could not be sent ({Reason})", e.Message);
        }
    }
}
