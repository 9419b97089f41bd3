namespace SecurityBot.Platform.Chat;

/// <summary>One feature entry point (command, free-text handler, card action handler, query handler) by its concrete type.</summary>
public sealed record HandlerRegistration(Type ContractType, Type ImplementationType);
