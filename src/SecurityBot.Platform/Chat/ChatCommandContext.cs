using SecurityBot.BotFramework.Builder;

namespace SecurityBot.Platform.Chat;

/// <summary>A parsed text command: <see cref="Verb"/> is the first word (lower case), <see cref="Arguments"/> the rest, trimmed.</summary>
public sealed record ChatCommandContext(ITurnContext Turn, Actor Actor, string Verb, string Arguments);
