using System.Diagnostics.CodeAnalysis;

namespace SecurityBot.BotFramework.Builder;

/// <summary>Continues the middleware pipeline.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The Bot Framework SDK's name for the continuation; middleware authors know it.")]
public delegate Task NextDelegate(CancellationToken cancellationToken);
