using SecurityBot.Platform.Directory;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// The acting person as the server knows them: <see cref="Id"/> is the Entra object id from the authenticated
/// activity (never card data), <see cref="Name"/> the directory's display name, else the name Teams sent, and
/// <see cref="Entry"/> what the directory says about them (null when it does not know them). Capabilities build
/// their own view of the actor (roles, responder status) from this.
/// </summary>
public sealed record ResolvedActor(string Id, string? Name, DirectoryUser? Entry);
