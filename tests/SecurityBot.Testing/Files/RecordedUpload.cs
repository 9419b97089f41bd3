namespace SecurityBot.Testing.Files;

/// <summary>One PUT the fake upload session received, with the headers OneDrive looks at and the bytes.</summary>
public sealed record RecordedUpload(string Path, long? ContentLength, string? ContentRange, string? Authorization, byte[] Body);
