namespace SecurityBot.Platform.Files;

/// <summary>How a PUT of a file to its upload session ended.</summary>
internal enum FileUploadResult
{
    Uploaded,

    /// <summary>The URL is not an absolute https URL: nothing was sent.</summary>
    RefusedUrl,

    /// <summary>OneDrive answered an error, or the connection or the time ran out.</summary>
    Failed,
}
