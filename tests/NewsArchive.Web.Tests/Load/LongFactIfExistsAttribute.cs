namespace NewsArchive.Web.Tests.Load;

/// <summary>
/// A long run (see <see cref="LongFactAttribute"/>) over data that is not part of the repository
/// (an index a benchmark left in the git-ignored data folder): skipped, saying why, unless both
/// the long runs are on and the file or folder is there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LongFactIfExistsAttribute : FactAttribute
{
    /// <param name="pathFromRepositoryRoot">The file or folder, relative to the folder holding NewsArchive.sln.</param>
    public LongFactIfExistsAttribute(string pathFromRepositoryRoot)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, pathFromRepositoryRoot));
        if (!LongFactAttribute.Enabled) Skip = $"A long run: set {LongFactAttribute.Variable}=1 to run it (CI does).";
        else if (!Path.Exists(path)) Skip = $"{path} is not there";
    }
}
