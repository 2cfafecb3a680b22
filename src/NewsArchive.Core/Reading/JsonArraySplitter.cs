using System.Text;

namespace NewsArchive.Core.Reading;

/// <summary>One element of a top-level JSON array: its text, or why it could not be taken.</summary>
/// <param name="Index">1-based position in the array.</param>
/// <param name="Line">The 1-based line of the file the element starts on.</param>
internal readonly record struct JsonArrayElement(int Index, int Line, string? Text, string? Problem);

/// <summary>
/// Cuts a top-level JSON array into its elements' texts while reading it forward, so an array
/// of any size is held in memory one element at a time.
/// </summary>
/// <remarks>
/// Only strings and brackets are followed here; each element is parsed on its own afterwards.
/// That way a malformed element (a missing value, a stray comma) is reported by its index and
/// line and the elements after it are still read, which a streaming JSON parser cannot do: it
/// stops at the first error. Only an unterminated string or bracket, which swallows the rest
/// of the file, or an element longer than <paramref name="maxElementChars"/>, ends the reading:
/// both are most likely a bracket or quote left open, and no article comes near the limit.
/// </remarks>
internal sealed class JsonArraySplitter(TextInput input, int firstLine, int maxElementChars)
{
    // What ReadElement returns instead of the character that ended the element.
    private const int End = -1;
    private const int TooLong = -2;

    private readonly char[] buffer = new char[1 << 16];

    private char[] current = [];
    private int position;
    private int length;
    private int line = firstLine;

    // While an element is read, the characters from recordStart in current belong to it; they
    // are copied a buffer at a time rather than one by one.
    private readonly StringBuilder record = new();
    private int recordStart = -1;

    /// <summary>The elements, in order, read from just after the opening '['.</summary>
    public IEnumerable<JsonArrayElement> Elements()
    {
        var index = 0;
        while (true)
        {
            var c = NextNonSpace();
            if (c < 0)
            {
                yield return new(index + 1, line, null, input.EndProblem ?? "the array is not closed: the file ends early");
                yield break;
            }
            if (c == ']') break; // also after a trailing comma, which is harmless
            index++;
            if (c == ',')
            {
                yield return new(index, line, null, $"element {index}: empty");
                continue;
            }

            var start = line;
            var end = ReadElement((char)c);
            if (end is not (',' or ']'))
            {
                var reason = end == TooLong ? $"element {index}: over the limit of {maxElementChars:N0} characters for one record (a bracket or quote left open?); the rest of the file is not read"
                    : input.EndProblem ?? "the array is not closed: the file ends early";
                yield return new(index, start, null, reason);
                yield break;
            }
            yield return record.Length > maxElementChars
                ? new(index, start, null, $"element {index}: over the limit of {maxElementChars:N0} characters for one record: skipped")
                : new(index, start, record.ToString().TrimEnd(), null);
            if (end == ']') break;
        }

        if (NextNonSpace() >= 0)
            yield return new(index + 1, line, null, "text after the end of the array ignored");
        else if (input.EndProblem is { } problem)
            yield return new(index + 1, line, null, problem);
    }

    /// <summary>
    /// Reads one element, whose first character <paramref name="first"/> was just read, into
    /// <see cref="record"/>; returns the ',' or ']' that ended it, <see cref="End"/> at the end of
    /// the input, or <see cref="TooLong"/>.
    /// </summary>
    /// <remarks>Scans the buffer in place, skipping through strings, since this loop sees every character of the file.</remarks>
    private int ReadElement(char first)
    {
        record.Clear();
        recordStart = position - 1;
        var depth = first is '{' or '[' ? 1 : 0;
        var inString = first == '"';
        var escaped = false;
        while (true)
        {
            if (position == length && !Refill()) return End;
            if (record.Length > maxElementChars) return TooLong;
            var span = current.AsSpan(position, length - position);
            for (var i = 0; i < span.Length; i++)
            {
                var c = span[i];
                if (c == '\n') line++;
                if (inString)
                {
                    if (escaped) escaped = false;
                    else if (c == '\\') escaped = true;
                    else if (c == '"') inString = false;
                    else
                    {
                        // Jump to the next character that matters inside a string.
                        var next = span[(i + 1)..].IndexOfAny('"', '\\', '\n');
                        i = next < 0 ? span.Length - 1 : i + next;
                    }
                    continue;
                }
                if (depth == 0 && c is ',' or ']')
                {
                    position += i + 1;
                    record.Append(current, recordStart, position - 1 - recordStart);
                    recordStart = -1;
                    return c;
                }
                if (c == '"') inString = true;
                else if (c is '{' or '[') depth++;
                else if (c is '}' or ']') depth = Math.Max(0, depth - 1);
            }
            position = length;
        }
    }

    private int NextNonSpace()
    {
        int c;
        do c = Next();
        while (c >= 0 && char.IsWhiteSpace((char)c));
        return c;
    }

    /// <summary>The next character, counting lines; -1 at the end.</summary>
    private int Next()
    {
        if (position == length && !Refill()) return End;
        var c = current[position++];
        if (c == '\n') line++;
        return c;
    }

    /// <summary>Reads the next piece of the input, first keeping what belongs to the element being read.</summary>
    private bool Refill()
    {
        if (recordStart >= 0)
        {
            record.Append(current, recordStart, length - recordStart);
            recordStart = 0;
        }
        current = buffer;
        length = input.Read(buffer);
        position = 0;
        return length > 0;
    }
}
