namespace SecurityBot.Crisis.Domain;

/// <summary>
/// The crisis room of one incident (at most one: the incident number is unique): declared by hand or by severity,
/// then made step by step through Graph (<see cref="NextStep"/>), each step recorded so a crash or a retry never
/// makes a second chat. It guards its own rules: nothing is posted to a room that is not open, a failed room opens
/// again only when someone asks.
/// </summary>
internal sealed partial class CrisisRoom
{
    public const string EntityType = "CrisisRoom";
    public const int MaxTopicLength = 250;
    public const int MaxErrorLength = 1000;

    private readonly List<CrisisMember> _members = [];

    // For EF Core, which sets the properties itself.
    private CrisisRoom()
    {
        IncidentNumber = Topic = string.Empty;
    }

    private CrisisRoom(string incidentNumber, string topic, string? declaredById, string? declaredByName, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        IncidentNumber = incidentNumber;
        Topic = topic;
        DeclaredById = declaredById;
        DeclaredByName = declaredByName;
        DeclaredAt = now;
        UpdatedAt = now;
        Status = CrisisRoomStatus.Requested;
        Version = 1;
    }

    public Guid Id { get; private set; }

    /// <summary>The incident's display number ("INC-000042").</summary>
    public string IncidentNumber { get; private set; }

    /// <summary>The chat's topic: "INC-000042 — title".</summary>
    public string Topic { get; private set; }

    public CrisisRoomStatus Status { get; private set; }

    /// <summary>Who asked for the room; null when the incident's severity opened it.</summary>
    public string? DeclaredById { get; private set; }

    public string? DeclaredByName { get; private set; }

    public DateTimeOffset DeclaredAt { get; private set; }

    /// <summary>The Teams chat id (19:…@thread.v2) once Graph made it.</summary>
    public string? ChatId { get; private set; }

    /// <summary>The connector serviceUrl posts to the chat go to.</summary>
    public string? ServiceUrl { get; private set; }

    public DateTimeOffset? BotInstalledAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    /// <summary>Transient failures of the current step in a row.</summary>
    public int Attempts { get; private set; }

    /// <summary>What went wrong last (Graph's status and code, never user text).</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the next stakeholder update is due (reminders to the incident lead follow it).</summary>
    public DateTimeOffset? NextUpdateDueAt { get; private set; }

    /// <summary>Stakeholder updates posted so far (numbers them).</summary>
    public int UpdateCount { get; private set; }

    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<CrisisMember> Members => _members;

    public bool IsOpen => Status == CrisisRoomStatus.Open;

    /// <summary>A new room for the incident, with its first members (added to the chat when it is created).</summary>
    public static CrisisRoom Declare(string incidentNumber, string incidentTitle, (string Id, string Name)? declaredBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(incidentNumber);
        var topic = RoomTopic.For(incidentNumber, incidentTitle ?? string.Empty);
        return new CrisisRoom(incidentNumber, topic, declaredBy?.Id, declaredBy?.Name, now);
    }

    /// <summary>What the room needs next; <see cref="CrisisRoomStep.None"/> when it is as it should be (or given up, or closed).</summary>
    public CrisisRoomStep NextStep() => Status switch
    {
        CrisisRoomStatus.Requested when ChatId is null => CrisisRoomStep.CreateChat,
        CrisisRoomStatus.Requested when BotInstalledAt is null => CrisisRoomStep.InstallBot,
        CrisisRoomStatus.Requested => CrisisRoomStep.PostCards,
        CrisisRoomStatus.Open when _members.Any(m => m.AddedAt is null) => CrisisRoomStep.AddMembers,
        _ => CrisisRoomStep.None,
    };

    /// <summary>Whether the person is one of the room's people (added or about to be).</summary>
    public bool IsMember(string userId) => _members.Any(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Adds a person (once: a second reason is ignored). Before the chat exists they are created with it; after,
    /// they wait for <see cref="CrisisRoomStep.AddMembers"/>. False when they were there already or the room ended.
    /// </summary>
    public bool AddMember(string userId, string displayName, CrisisMemberRole role, string? rosterName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (IsMember(userId) || Status is CrisisRoomStatus.Closed)
        {
            return false;
        }

        _members.Add(new CrisisMember(Id, userId, string.IsNullOrWhiteSpace(displayName) ? userId : displayName, role, rosterName, null));
        Touch(now);
        return true;
    }

    /// <summary>Graph made the chat (or an earlier attempt's chat was found): everyone listed so far is in it.</summary>
    public void ChatCreated(string chatId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chatId);
        Require(NextStep() == CrisisRoomStep.CreateChat, "The room's chat exists already.");
        ChatId = chatId;
        foreach (var member in _members)
        {
            member.MarkAdded(now);
        }

        StepSucceeded(now);
    }

    /// <summary>The bot is installed in the chat: the connector now accepts posts there.</summary>
    public void BotInstalled(string serviceUrl, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        Require(NextStep() == CrisisRoomStep.InstallBot, "The bot is not waiting to be installed in this room.");
        ServiceUrl = serviceUrl;
        BotInstalledAt = now;
        StepSucceeded(now);
    }

    /// <summary>The welcome and the live card are queued: the room is open, the first stakeholder update due after one cadence.</summary>
    public void Opened(TimeSpan updateCadence, DateTimeOffset now)
    {
        Require(NextStep() == CrisisRoomStep.PostCards, "The room is not waiting for its first cards.");
        Status = CrisisRoomStatus.Open;
        OpenedAt = now;
        NextUpdateDueAt = now + updateCadence;
        StepSucceeded(now);
    }

    /// <summary>Graph confirmed a later member in the chat.</summary>
    public void MemberAdded(string userId, DateTimeOffset now)
    {
        var member = _members.FirstOrDefault(m => string.Equals(m.UserId, userId, StringComparison.OrdinalIgnoreCase));
        Require(member is not null, "That person is not one of the room's people.");
        member!.MarkAdded(now);
        StepSucceeded(now);
    }

    private static void Require(bool condition, string refusal)
    {
        if (!condition)
        {
            throw new RefusalException(refusal);
        }
    }

    private void StepSucceeded(DateTimeOffset now)
    {
        Attempts = 0;
        LastError = null;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
