using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace NewsArchive.Tests.Shared;

/// <summary>What an assembly knows of the search engine's library: the archive's contracts are meant to be all it knows.</summary>
internal static class EngineBoundary
{
    /// <summary>Every type of Lucene.Net the assembly's code names (in signatures, bodies or attributes), as Namespace.Name.</summary>
    public static IReadOnlyList<string> LuceneTypesNamedBy(Assembly assembly)
    {
        using var file = File.OpenRead(assembly.Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .Where(name => name.StartsWith("Lucene.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
