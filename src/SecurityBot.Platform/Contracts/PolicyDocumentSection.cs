namespace SecurityBot.Platform.Contracts;

/// <summary>One numbered section of a policy: "2.2", "You are responsible for your account", and its plain text.</summary>
public sealed record PolicyDocumentSection(string Number, string Heading, string Text);
