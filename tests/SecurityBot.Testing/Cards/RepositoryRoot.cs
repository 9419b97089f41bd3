namespace SecurityBot.Testing.Cards;

/// <summary>Finds the checkout that the running tests were built from.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder holding SecurityBot.sln, found by walking up from the test binaries.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SecurityBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SecurityBot.sln above {AppContext.BaseDirectory}.");
    }
}
