using System.Reflection;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// One assembly whose <c>IEntityTypeConfiguration</c> classes belong in the shared model. Each capability registers
/// its own (AddIncidents and the like call <see cref="PersistenceRegistration.AddPersistenceModel"/>), so the platform's
/// DbContext maps entities it never references.
/// </summary>
public sealed record PersistenceModelPart(Assembly Assembly)
{
    /// <summary>The part every model has: the platform's own tables (outbox, timers, conversations, audit).</summary>
    public static PersistenceModelPart Platform { get; } = new(typeof(PersistenceModelPart).Assembly);

    /// <summary>The part for the assembly that defines <typeparamref name="T"/>.</summary>
    public static PersistenceModelPart Of<T>() => new(typeof(T).Assembly);
}
