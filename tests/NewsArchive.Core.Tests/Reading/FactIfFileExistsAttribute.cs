namespace NewsArchive.Core.Tests.Reading;

/// <summary>
/// A fact about a data file that is not part of the repository (the shared corpora beside the
/// clone): reported as skipped, saying where the file was looked for, when it is not there,
/// rather than passing without having looked at anything.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactIfFileExistsAttribute : FactAttribute
{
    /// <param name="pathFromRepositoryRoot">The file's path relative to the folder holding NewsArchive.sln.</param>
    public FactIfFileExistsAttribute(string pathFromRepositoryRoot)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, pathFromRepositoryRoot));
        if (!File.Exists(path)) Skip = $"{path} is not there (the shared corpora sit beside the repository's clone)";
    }
}
