using System.Runtime.InteropServices;

namespace NewsArchive.Core.Reading;

/// <summary>What a directory entry is, told without opening it or following it.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    /// <summary>A FIFO, socket or device: opening one can block forever or never end.</summary>
    Special,
    Missing,
}

/// <summary>
/// Tells a directory entry's kind from the file system's own record of it (lstat), because .NET
/// reports a FIFO, a socket or a device as an ordinary file, and opening a FIFO to find out
/// blocks until something writes to it.
/// </summary>
/// <remarks>
/// Linux's <c>statx</c> is used because its result has the same layout on every architecture,
/// unlike <c>stat</c>'s. Where it does not exist (Windows, macOS) the kinds .NET can tell are
/// used; those systems have no FIFOs among ordinary folders' files, or few.
/// </remarks>
internal static class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    private static bool statxMissing = !OperatingSystem.IsLinux();

    public static FileKind Of(string path)
    {
        if (!statxMissing)
        {
            try
            {
                var buffer = new byte[StatxSize];
                if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0) return FileKind.Missing;
                return FromMode(MemoryMarshal.Read<ushort>(buffer.AsSpan(ModeOffset)));
            }
            catch (EntryPointNotFoundException)
            {
                statxMissing = true; // a C library older than glibc 2.28
            }
        }
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return FileKind.SymbolicLink;
        if (info.Exists) return FileKind.Regular;
        return Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
    }

    private static FileKind FromMode(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        _ => FileKind.Special,
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
