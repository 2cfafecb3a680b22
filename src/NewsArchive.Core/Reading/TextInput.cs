namespace NewsArchive.Core.Reading;

/// <summary>
/// A text file read forward once, plain or gzip-compressed (by its .gz name), that turns a read
/// error into an early end and then says why it ended early, so each format reader can keep the
/// articles before the break and report where it broke.
/// </summary>
internal sealed class TextInput : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly StreamReader reader;
    private readonly GzipFileStream? gzip;
    private string? failure;

    private TextInput(StreamReader reader, GzipFileStream? gzip)
    {
        this.reader = reader;
        this.gzip = gzip;
    }

    /// <summary>Opens the file; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> as File.OpenRead does.</summary>
    public static TextInput Open(string path)
    {
        var file = File.OpenRead(path);
        var gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GzipFileStream(file) : null;
        return new TextInput(new StreamReader(gzip ?? (Stream)file, detectEncodingFromByteOrderMarks: true, bufferSize: BufferSize), gzip);
    }

    /// <summary>The next line, or null at the end (or at a read error).</summary>
    public string? ReadLine()
    {
        if (failure is not null) return null;
        try
        {
            return reader.ReadLine();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            failure = ex.Message;
            return null;
        }
    }

    /// <summary>Fills <paramref name="buffer"/> as far as it can; 0 at the end (or at a read error).</summary>
    public int Read(Span<char> buffer)
    {
        if (failure is not null) return 0;
        try
        {
            return reader.Read(buffer);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            failure = ex.Message;
            return 0;
        }
    }

    /// <summary>
    /// Once the input has been read to its end: why the end came early (a read error, or gzip data
    /// cut short), or null when the file was read whole.
    /// </summary>
    public string? EndProblem =>
        failure is not null ? $"unreadable from here on: {failure}"
        : gzip is { IsComplete: false } ? "unreadable from here on: the compressed data ends early (the file is cut short or corrupt)"
        : null;

    public void Dispose() => reader.Dispose();
}
