namespace SecurityBot.Testing.Graph;

/// <summary>The chat calls of the fake Graph that a test can make fail (<see cref="FakeGraphServer.FailChats"/>).</summary>
public enum FakeGraphChatOperation
{
    /// <summary>POST /chats.</summary>
    Create,

    /// <summary>GET /users/{id}/chats (every page).</summary>
    List,

    /// <summary>POST /chats/{id}/members.</summary>
    AddMember,

    /// <summary>POST /chats/{id}/installedApps.</summary>
    InstallApp,
}
