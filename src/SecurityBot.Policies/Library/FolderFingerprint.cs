namespace SecurityBot.Policies.Library;

/// <summary>A cheap summary of the policy files in a folder (names, sizes, write times) to notice changes by polling.</summary>
internal static class FolderFingerprint
{
    public static int Of(string folder)
    {
        try
        {
            if (!System.IO.Directory.Exists(folder))
            {
                return 0;
            }

            var hash = new HashCode();
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*.md").OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                hash.Add(file.Name, StringComparer.Ordinal);
                hash.Add(file.Length);
                hash.Add(file.LastWriteTimeUtc.Ticks);
            }

            return hash.ToHashCode();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable right now; report "changed" on the next successful listing rather than failing the poll.
            return -1;
        }
    }
}
