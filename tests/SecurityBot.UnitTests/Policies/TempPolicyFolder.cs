namespace SecurityBot.UnitTests.Policies;

/// <summary>A throw-away policy folder with helpers to write valid and broken policy files.</summary>
internal sealed class TempPolicyFolder : IDisposable
{
    public TempPolicyFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "securitybot-policies-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static string ValidPolicy(string id, string heading = "Purpose", string body = "Some rule text.") => $"""
        ---
        id: {id}
        title: Policy {id}
        version: "1.0"
        owner: Security
        effective: 2026-01-01
        review: 2027-01-01
        classification: internal
        tags: [test]
        ---

        # Policy {id}

        ## 1 {heading}

        {body}

        ### 1.1 Detail

        More text.
        """;

    public void Write(string fileName, string content) => File.WriteAllText(System.IO.Path.Combine(Path, fileName), content);

    public void Delete(string fileName) => File.Delete(System.IO.Path.Combine(Path, fileName));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a watcher may still hold the folder for a moment.
        }
    }
}
