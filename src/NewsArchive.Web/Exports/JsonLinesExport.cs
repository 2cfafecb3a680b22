using System.Buffers;
using System.Text.Json;

namespace NewsArchive.Web.Exports;

/// <summary>
/// An export as JSON Lines: one JSON object per line, the first the header ("type": "export"),
/// then one per article ("type": "article"), camelCase like the API.
/// </summary>
public static class JsonLinesExport
{
    public const string ContentType = "application/jsonl; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Lines are gathered and sent in blocks of about this many bytes: one write per line would be one syscall per article.</summary>
    private const int BlockBytes = 1 << 16;

    /// <summary>The line that ends a file whose export failed midway: {"type":"error","message":…}.</summary>
    public static byte[] FailureLine(string message) =>
        [.. JsonSerializer.SerializeToUtf8Bytes(new { Type = "error", Message = message }, Json), (byte)'\n'];

    public static async Task WriteAsync(Stream output, ExportHeader header, IEnumerable<ExportRow> rows, CancellationToken cancellation)
    {
        var buffer = new ArrayBufferWriter<byte>(BlockBytes * 2);
        await using (var json = new Utf8JsonWriter(buffer))
        {
            WriteLine(json, buffer, header);
            foreach (var row in rows)
            {
                cancellation.ThrowIfCancellationRequested();
                WriteLine(json, buffer, row);
                if (buffer.WrittenCount >= BlockBytes)
                {
                    await output.WriteAsync(buffer.WrittenMemory, cancellation);
                    buffer.ResetWrittenCount();
                }
            }
        }
        await output.WriteAsync(buffer.WrittenMemory, cancellation);
    }

    private static void WriteLine<T>(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, T value)
    {
        JsonSerializer.Serialize(json, value, Json);
        json.Flush();
        json.Reset();
        buffer.Write("\n"u8);
    }
}
