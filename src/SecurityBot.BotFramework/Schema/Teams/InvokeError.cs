namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>The value of an application/vnd.microsoft.error invoke response.</summary>
public sealed record InvokeError(string Code, string Message);
