namespace SecurityBot.Policies.Library;

/// <summary>The policies that loaded and the files that did not.</summary>
internal sealed record PolicyFolderLoadResult(IReadOnlyList<Policy> Policies, IReadOnlyList<PolicyLoadError> Errors);
