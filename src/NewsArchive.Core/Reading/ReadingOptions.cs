namespace NewsArchive.Core.Reading;

/// <summary>How the readers of a <see cref="CorpusReader"/> read: the same for every file of a run.</summary>
public sealed record ReadingOptions
{
    public static ReadingOptions Default { get; } = new();

    /// <summary>Input field names for article fields, from <c>--map field=name</c>.</summary>
    public FieldMap Fields { get; init; } = FieldMap.Empty;

    /// <summary>
    /// The largest text or Markdown file read: such files are read whole, so a stray log dump or
    /// disk image is refused rather than read into memory.
    /// </summary>
    public long MaxTextFileBytes { get; init; } = PlainTextReader.DefaultMaxBytes;

    /// <summary>Whether <c>NAME.meta.json</c> / <c>NAME.meta.yaml</c> beside a file override what was read from it.</summary>
    public bool UseSidecars { get; init; } = true;

    /// <summary>"Now", for telling a date in the future from a real one; replaceable in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
