namespace SecurityBot.BotFramework.Builder;

/// <summary>Continues the middleware pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);
