using Microsoft.Extensions.DependencyInjection;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// Which type answers which verb, free text, card action or query — worked out once, so a turn creates only the
/// handler it needs (with its DbContext and services) instead of every feature's handlers. Measured: constructing
/// them all cost more than the rest of a text turn (docs/benchmarks.md).
/// </summary>
public sealed class HandlerDirectory(IServiceScopeFactory scopes, IEnumerable<HandlerRegistration> registrations)
{
    private static readonly CommandHelp HelpLine = CommandHelp.Defaults.Single(c => c.Keyword == "help");

    private readonly Lazy<Maps> _maps = new(() => Build(scopes, registrations), LazyThreadSafetyMode.ExecutionAndPublication);

    public IReadOnlyList<CommandHelp> Help => _maps.Value.Help;

    public Type? CommandFor(string verb) => _maps.Value.Commands.GetValueOrDefault(verb);

    public IReadOnlyList<Type> FreeTextHandlers => _maps.Value.FreeText;

    public Type? CardActionHandlerFor(string verb) => _maps.Value.CardActions.GetValueOrDefault(verb);

    public Type? QueryHandlerFor(string commandId) => _maps.Value.Queries.GetValueOrDefault(commandId);

    public Type? ActionHandlerFor(string commandId) => _maps.Value.Actions.GetValueOrDefault(commandId);

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
                case IMessagingExtensionActionHandler action when registration.ContractType == typeof(IMessagingExtensionActionHandler):
                    maps.Actions.TryAdd(action.CommandId, registration.ImplementationType);
                    break;
            }
        }

        maps.FreeText.AddRange(freeText.OrderBy(f => f.Order).Select(f => f.Type));
        maps.Help = HelpLines(commands);
        return maps;
    }

    /// <summary>The commands' help in the order the help card shows them, help last.</summary>
    private static List<CommandHelp> HelpLines(IEnumerable<IChatCommand> commands)
    {
        var keywords = CommandHelp.Defaults.Select(d => d.Keyword).ToList();
        var lines = commands
            .Select(c => c.Help)
            .DistinctBy(h => h.Keyword)
            .OrderBy(h => keywords.IndexOf(h.Keyword) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(h => h.Keyword, StringComparer.Ordinal)
            .ToList();
        lines.Add(HelpLine);
        return lines;
    }

    private sealed class Maps
    {
        public Dictionary<string, Type> Commands { get; } = new(StringComparer.Ordinal);

        public List<Type> FreeText { get; } = [];

        public Dictionary<string, Type> CardActions { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Type> Queries { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Type> Actions { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<CommandHelp> Help { get; set; } = [];
    }
}
