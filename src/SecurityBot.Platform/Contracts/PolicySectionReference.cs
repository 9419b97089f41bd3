namespace SecurityBot.Platform.Contracts;

/// <summary>A numbered policy section as another capability cites it ("4.2", "Personal USB devices").</summary>
public sealed record PolicySectionReference(string Number, string Heading);
