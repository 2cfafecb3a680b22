using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsArchive.Benchmarks;

/// <summary>
/// Appends a benchmark's rows to results/&lt;benchmark&gt;.jsonl, a file kept in the repository so
/// that a change can be compared with earlier runs. Each line says when, on which commit and on
/// which machine it was measured, since timings only compare on the same machine.
/// </summary>
internal static class ResultsLog
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
        // A file for people and scripts, never embedded in HTML: "+" need not be escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string PathOf(string benchmark) =>
        Path.Combine(RepositoryPaths.Root, "tests", "NewsArchive.Benchmarks", "results", benchmark + ".jsonl");

    /// <summary>One line per row, each with the run's <paramref name="parameters"/>; returns the file's path.</summary>
    public static string Append<TParameters, TRow>(string benchmark, TParameters parameters, IEnumerable<TRow> rows)
    {
        var run = new RunInfo(DateTimeOffset.UtcNow, GitCommit(), Environment.MachineName, Environment.ProcessorCount);
        var path = PathOf(benchmark);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.AppendAllLines(path, rows.Select(row => JsonSerializer.Serialize(new { benchmark, run, parameters, row }, Json)));
        return path;
    }

    /// <summary>The commit measured, with "+changes" when the tree differs from it; null outside a git checkout.</summary>
    private static string? GitCommit()
    {
        var head = Git("rev-parse --short HEAD");
        if (head is null) return null;
        return string.IsNullOrWhiteSpace(Git("status --porcelain --untracked-files=no")) ? head : head + "+changes";
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private sealed record RunInfo(DateTimeOffset Time, string? Commit, string Machine, int Processors);
}
