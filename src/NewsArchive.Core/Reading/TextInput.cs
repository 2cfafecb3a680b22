using System.Text;

namespace NewsArchive.Core.Reading;

/// <summary>One line of a <see cref="TextInput"/>: its text, or null when it was longer than allowed (and dropped).</summary>
internal readonly record struct TextLine(string? Text, long Length);

/// <summary>
/// A text file read forward once, plain or gzip-compressed (by its .gz name), that turns a read
/// error into an early end and then says why it ended early, so each format reader can keep the
/// articles before the break and report where it broke.
/// </summary>
/// <remarks>
/// Lines are cut here rather than by <see cref="StreamReader.ReadLine"/>, which holds a line of
/// any length: a line longer than the limit is passed over without being kept, so one line of
/// gigabytes costs no more memory than one of a few.
/// </remarks>
internal sealed class TextInput : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly StreamReader reader;
    private readonly GzipFileStream? gzip;
    private readonly int maxLineChars;
    private readonly char[] buffer = new char[BufferSize];
    private readonly StringBuilder line = new();
    private int position;
    private int length;
    private bool afterCarriageReturn;
    private string? failure;

    private TextInput(StreamReader reader, GzipFileStream? gzip, int maxLineChars)
    {
        this.reader = reader;
        this.gzip = gzip;
        this.maxLineChars = maxLineChars;
    }

    /// <summary>Opens the file; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> as File.OpenRead does.</summary>
    public static TextInput Open(string path, ReadingOptions options)
    {
        var file = File.OpenRead(path);
        var gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GzipFileStream(file, options.MaxDecompressedBytes, options.MaxCompressionRatio)
            : null;
        var reader = new StreamReader(gzip ?? (Stream)file, detectEncodingFromByteOrderMarks: true, bufferSize: BufferSize);
        return new TextInput(reader, gzip, options.MaxRecordChars);
    }

    /// <summary>
    /// The next line (ended by "\n", "\r\n" or "\r", as <see cref="StreamReader.ReadLine"/> ends
    /// them), or null at the end (or at a read error). A line over the limit has a null text and
    /// its length.
    /// </summary>
    public TextLine? ReadLine()
    {
        line.Clear();
        var total = 0L;
        var any = false;
        while (position < length || Refill())
        {
            if (afterCarriageReturn)
            {
                afterCarriageReturn = false;
                if (buffer[position] == '\n')
                {
                    position++;
                    continue;
                }
            }
            any = true;
            var span = buffer.AsSpan(position, length - position);
            var end = span.IndexOfAny('\n', '\r');
            var piece = end < 0 ? span : span[..end];
            total += piece.Length;
            if (total <= maxLineChars) line.Append(piece);
            else line.Clear();
            position += piece.Length;
            if (end >= 0)
            {
                afterCarriageReturn = span[end] == '\r';
                position++;
                return Line(total);
            }
        }
        // A line cut by a read error is no line: the error is told at the end instead.
        return any && failure is null ? Line(total) : null;
    }

    private TextLine Line(long total) => new(total <= maxLineChars ? line.ToString() : null, total);

    /// <summary>
    /// Passes over white space to the first other character, which is left to be read; returns
    /// it (-1 at the end) and the number of line breaks passed.
    /// </summary>
    public (int Char, int Breaks) SkipSpace()
    {
        var breaks = 0;
        while (position < length || Refill())
        {
            var c = buffer[position];
            if (!char.IsWhiteSpace(c)) return (c, breaks);
            if (c == '\r' || (c == '\n' && !afterCarriageReturn)) breaks++;
            afterCarriageReturn = c == '\r';
            position++;
        }
        return (-1, breaks);
    }

    /// <summary>Fills <paramref name="destination"/> as far as it can; 0 at the end (or at a read error).</summary>
    public int Read(Span<char> destination)
    {
        if (position == length && !Refill()) return 0;
        var count = Math.Min(destination.Length, length - position);
        buffer.AsSpan(position, count).CopyTo(destination);
        position += count;
        return count;
    }

    private bool Refill()
    {
        if (failure is not null) return false;
        try
        {
            length = reader.Read(buffer);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            failure = ex.Message;
            length = 0;
        }
        position = 0;
        return length > 0;
    }

    /// <summary>
    /// Once the input has been read to its end: why the end came early (a read error, gzip data
    /// cut short, or over a limit), or null when the file was read whole.
    /// </summary>
    public string? EndProblem =>
        failure is not null ? $"unreadable from here on: {failure}"
        : gzip is { IsComplete: false } ? "unreadable from here on: the compressed data ends early (the file is cut short or corrupt)"
        : null;

    public void Dispose() => reader.Dispose();
}
