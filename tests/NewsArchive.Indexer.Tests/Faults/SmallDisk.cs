using System.Diagnostics;

namespace NewsArchive.Indexer.Tests.Faults;

/// <summary>
/// A real file system of a few megabytes (tmpfs), mounted on a temp folder for one test, so that
/// writing past its size fails as a full disk does: with "No space left on device".
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-small-disk-");

    public SmallDisk(int megabytes)
    {
        Mount("-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", folder.Path);
    }

    public string Path => folder.Path;

    /// <summary>Mounting needs root on Linux, as CI runs.</summary>
    public static bool CanMount => OperatingSystem.IsLinux() && Environment.UserName == "root";

    /// <summary>Grows (or shrinks) the disk, keeping what is on it: space freed.</summary>
    public void Resize(int megabytes) => Mount("-o", $"remount,size={megabytes}m", folder.Path);

    public void Dispose()
    {
        Run("umount", folder.Path);
        folder.Dispose();
    }

    private static void Mount(params string[] arguments) => Run("mount", arguments);

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed: {error}");
    }
}

/// <summary>A test that needs to mount a small disk: skipped where that is not allowed.</summary>
public sealed class FactWithSmallDiskAttribute : FactAttribute
{
    public FactWithSmallDiskAttribute()
    {
        if (!SmallDisk.CanMount) Skip = "Mounting a small disk (tmpfs) needs root on Linux.";
    }
}
