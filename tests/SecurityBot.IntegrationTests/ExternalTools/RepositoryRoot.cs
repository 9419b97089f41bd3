namespace SecurityBot.IntegrationTests.ExternalTools;

/// <summary>Locates the checkout the tests were built from, so tests can run the repository's own scripts.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SecurityBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SecurityBot.sln above {AppContext.BaseDirectory}.");
    }
}
