using System.Text.RegularExpressions;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine;

namespace NewsArchive.Core.Tests.Architecture;

/// <summary>
/// The dependencies point one way: Core knows no engine, and no namespace of the projects
/// depends, through others, on itself (each could be read, tested and moved without the rest).
/// </summary>
public sealed partial class DependencyTests
{
    [Fact]
    public void Core_ReferencesNoLuceneAssembly()
    {
        var references = typeof(IArchive).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Lucene", StringComparison.Ordinal));
        Assert.Empty(EngineBoundary.LuceneTypesNamedBy(typeof(IArchive).Assembly));
    }

    [Fact]
    public void LuceneTypesNamedBy_FindsThoseTheEngineNames() =>
        Assert.Contains("Lucene.Net.Search.IndexSearcher", EngineBoundary.LuceneTypesNamedBy(typeof(LuceneArchiveEngine).Assembly));

    [Fact]
    public void Namespaces_ImportNoneThatImportsThemBack()
    {
        var imports = NamespaceImports(Path.Combine(RepositoryPaths.Root, "src"));

        var cycles = Cycles(imports);

        Assert.True(cycles.Count == 0, "Namespaces that depend on each other: " + string.Join("; ", cycles.Select(c => string.Join(" → ", c))));
    }

    [Fact]
    public void Cycles_FindsOneThroughThreeNamespaces_AndNoneInALine()
    {
        var line = new Dictionary<string, HashSet<string>> { ["a"] = ["b"], ["b"] = ["c"], ["c"] = [] };
        var loop = new Dictionary<string, HashSet<string>> { ["a"] = ["b"], ["b"] = ["c"], ["c"] = ["a"], ["d"] = ["a"] };

        Assert.Empty(Cycles(line));
        Assert.Equal(["a", "b", "c"], Assert.Single(Cycles(loop)).Order());
    }

    /// <summary>Each namespace declared in the C# files under <paramref name="root"/>, and the project namespaces its files import.</summary>
    private static Dictionary<string, HashSet<string>> NamespaceImports(string root)
    {
        var imports = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var separator = Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{separator}obj{separator}") || file.Contains($"{separator}bin{separator}")) continue;
            var text = File.ReadAllText(file);
            if (Declared().Match(text) is not { Success: true } declared) continue;
            var own = declared.Groups[1].Value;
            if (!imports.TryGetValue(own, out var used)) imports[own] = used = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match import in Imported().Matches(text))
                if (import.Groups[1].Value != own) used.Add(import.Groups[1].Value);
        }
        return imports;
    }

    /// <summary>The groups of two or more namespaces that reach each other through imports (strongly connected components, Tarjan's way).</summary>
    private static List<List<string>> Cycles(IReadOnlyDictionary<string, HashSet<string>> imports)
    {
        var index = new Dictionary<string, int>();
        var lowest = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();

        void Visit(string name)
        {
            index[name] = lowest[name] = index.Count;
            stack.Push(name);
            foreach (var next in imports[name].Where(imports.ContainsKey))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    lowest[name] = Math.Min(lowest[name], lowest[next]);
                }
                else if (stack.Contains(next))
                {
                    lowest[name] = Math.Min(lowest[name], index[next]);
                }
            }
            if (lowest[name] != index[name]) return;
            var group = new List<string>();
            string member;
            do group.Add(member = stack.Pop());
            while (member != name);
            if (group.Count > 1) cycles.Add(group);
        }

        foreach (var name in imports.Keys.Where(name => !index.ContainsKey(name)).ToList()) Visit(name);
        return cycles;
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Declared();

    [GeneratedRegex(@"^using (NewsArchive[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Imported();
}
