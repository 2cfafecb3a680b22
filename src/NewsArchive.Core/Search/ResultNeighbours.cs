namespace NewsArchive.Core.Search;

/// <summary>The hits before and after one hit of a result list; null where the list ends.</summary>
public sealed record ResultNeighbours(string? PreviousId, string? NextId);
