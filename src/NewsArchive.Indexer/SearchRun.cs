using NewsArchive.Core;
using NewsArchive.Core.Search;

namespace NewsArchive.Indexer;

/// <summary>How the results are printed.</summary>
internal enum SearchOutput
{
    /// <summary>Text for a reader, the matched words left as they are.</summary>
    Text,

    /// <summary>Text for a reader at a terminal, the matched words in bold.</summary>
    MarkedText,

    /// <summary>One JSON document, for scripts.</summary>
    Json,
}

/// <summary>One search from the command line: checks the index folder, opens it, searches, prints the results.</summary>
internal sealed class SearchRun(IArchiveEngine engine, string indexPath, SearchRequest request, SearchOutput format, TextWriter output, TextWriter error)
{
    public int Execute()
    {
        SearchResults results;
        try
        {
            if (Problem() is { } usage)
            {
                error.WriteLine(usage);
                return IndexerCommand.UsageError;
            }
            results = Search();
        }
        // The folder holds an index that cannot be read (a missing or damaged file, a format this
        // version does not read, no permission): not the caller's mistake, so not a usage error.
        // Lucene's CorruptIndexException and its format errors are IOExceptions.
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"The index at {indexPath} cannot be read: {ex.Message}");
            return IndexerCommand.Failure;
        }

        // Printed outside the try: a failure to write is not a failure to read the index.
        if (format == SearchOutput.Json) SearchJson.Write(results, output);
        else new SearchPrinter(output, markMatches: format == SearchOutput.MarkedText).Print(results);
        return IndexerCommand.Success;
    }

    /// <summary>Why --index names no index to search, or null when it does.</summary>
    private string? Problem()
    {
        if (File.Exists(indexPath)) return $"--index must be a folder, but {indexPath} is a file.";
        if (!Directory.Exists(indexPath)) return $"There is no index at {indexPath}: no such folder.";
        if (!engine.ExistsAt(indexPath))
            return $"{indexPath} holds no index. Build one with: NewsArchive.Indexer <files or folders> --index {indexPath}";
        return null;
    }

    private SearchResults Search()
    {
        // The same engine as the web app's, so a search finds here what it finds there.
        using var archive = Open();
        return archive.Search(request);
    }

    /// <summary>
    /// Opening reads every segment's headers, postings metadata and doc values (to warm them), and
    /// nothing but the index: whatever fails there is the index's fault, and damaged bytes can fail
    /// in other ways than an IOException (a packed-ints format that does not exist, say), so they
    /// are reported as one. A failure in the search itself is left to surface as it is.
    /// </summary>
    private IArchive Open()
    {
        try
        {
            return engine.Open(indexPath);
        }
        catch (Exception ex) when (ex is not (IOException or UnauthorizedAccessException or OutOfMemoryException))
        {
            throw new IOException(ex.Message, ex);
        }
    }
}
