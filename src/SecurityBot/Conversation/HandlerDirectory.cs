using Microsoft.Extensions.DependencyInjection;

namespace SecurityBot.Conversation;

/// <summary>
/// Which type answers which verb, free text, card action or query — worked out once, so a turn creates only the
/// handler it needs (with its DbContext and services) instead of every feature's handlers. Measured: constructing
/// them all cost more than the rest of a text turn (docs/benchmarks.md).
/// </summary>
public sealed class HandlerDirectory(IServiceScopeFactory scopes, IEnumerable<HandlerRegistration> registrations)
{
    private readonly Lazy<Maps> _maps = new(() => Build(scopes, registrations), LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<CommandHelp> Help => _maps.Value.Help;

    public Type? CommandFor(string verb) => _maps.Value.Commands.GetValueOrDefault(verb);

    public IReadOnlyList<Type> FreeTextHandlers => _maps.Value.FreeText;

    public Type? CardActionHandlerFor(string verb) => _maps.Value.CardActions.GetValueOrDefault(verb);

    public Type? QueryHandlerFor(string commandId) => _maps.Value.Queries.GetValueOrDefault(commandId);

    private static Maps Build(IServiceScopeFactory scopes, IEnumerable<HandlerRegistration> registrations)
    {
        using var scope = scopes.CreateScope();
        var maps = new Maps();
        var commands = new List<IChatCommand>();
        var freeText = new List<(int Order, Type Type)>();
        foreach (var registration in registrations.Distinct())
        {
            var handler = scope.ServiceProvider.GetRequiredService(registration.ImplementationType);
            switch (handler)
            {
                case IChatCommand command when registration.ContractType == typeof(IChatCommand):
                    commands.Add(command);
                    foreach (var verb in command.Verbs)
                    {
                        maps.Commands.TryAdd(verb, registration.ImplementationType);
                    }

                    break;
                case IFreeTextHandler text when registration.ContractType == typeof(IFreeTextHandler):
                    freeText.Add((text.Order, registration.ImplementationType));
                    break;
                case ICardActionHandler action when registration.ContractType == typeof(ICardActionHandler):
                    foreach (var verb in action.Verbs)
                    {
                        maps.CardActions.TryAdd(verb, registration.ImplementationType);
                    }

                    break;
                case IMessagingExtensionQueryHandler query when registration.ContractType == typeof(IMessagingExtensionQueryHandler):
                    maps.Queries.TryAdd(query.CommandId, registration.ImplementationType);
                    break;
            }
        }

        maps.FreeText.AddRange(freeText.OrderBy(f => f.Order).Select(f => f.Type));
        maps.Help = CommandCatalog.Order(commands);
        return maps;
    }

    private sealed class Maps
    {
        public Dictionary<string, Type> Commands { get; } = new(StringComparer.Ordinal);

        public List<Type> FreeText { get; } = [];

        public Dictionary<string, Type> CardActions { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Type> Queries { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<CommandHelp> Help { get; set; } = [];
    }
}
