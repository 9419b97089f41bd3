namespace SecurityBot.Policies.Library;

/// <summary>
/// Loads every *.md file of the policy folder. A broken file is skipped and reported with its name and the reason;
/// it never stops the others from loading. When two files claim the same id, the first (by file name) wins.
/// </summary>
internal sealed class PolicyFolderLoader(PolicyDocumentParser parser)
{
    public PolicyFolderLoadResult Load(string folder, int maxFileBytes)
    {
        var policies = new List<Policy>();
        var errors = new List<PolicyLoadError>();
        if (!System.IO.Directory.Exists(folder))
        {
            // The path itself goes to the log only; the report is shown in chat and need not reveal server paths.
            errors.Add(new PolicyLoadError("(policy folder)", "the policy folder does not exist; check Policies:Folder"));
            return new PolicyFolderLoadResult(policies, errors);
        }

        var ownerOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = System.IO.Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly)
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var path in files)
        {
            var file = Path.GetFileName(path);
            try
            {
                var info = new FileInfo(path);
                if (info.Length > maxFileBytes)
                {
                    errors.Add(new PolicyLoadError(file, $"the file is {info.Length} bytes; the limit is {maxFileBytes} (Policies:MaxFileBytes)"));
                    continue;
                }

                var policy = parser.Parse(File.ReadAllText(path));
                if (ownerOfId.TryGetValue(policy.Id, out var firstFile))
                {
                    errors.Add(new PolicyLoadError(file, $"duplicate id '{policy.Id}': already used by {firstFile}"));
                    continue;
                }

                ownerOfId[policy.Id] = file;
                policies.Add(policy);
            }
            catch (InvalidPolicyException ex)
            {
                errors.Add(new PolicyLoadError(file, ex.Message));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new PolicyLoadError(file, $"the file could not be read: {ex.Message}"));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One malformed file (a parser edge case we did not foresee) must not take the whole library down.
                errors.Add(new PolicyLoadError(file, $"the file could not be parsed: {ex.GetType().Name}: {ex.Message}"));
            }
        }

        return new PolicyFolderLoadResult(policies, errors);
    }
}
