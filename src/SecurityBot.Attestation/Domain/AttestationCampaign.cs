namespace SecurityBot.Attestation.Domain;

/// <summary>
/// One campaign: a policy version, an audience, a due date and an owner (the security role who started it). Drafted
/// when the starter has seen the audience's size, active once they press "Send", its cards then going out in batches.
/// </summary>
internal sealed partial class AttestationCampaign
{
    public const string EntityType = "attestation-campaign";
    public const int MaxMessageLength = 500;
    public const int MaxNameLength = 200;

    private AttestationCampaign()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The number people use ("campaign 3"), unique.</summary>
    public int Number { get; private set; }

    public string PolicyId { get; private set; } = string.Empty;

    public string PolicyTitle { get; private set; } = string.Empty;

    public string PolicyVersion { get; private set; } = string.Empty;

    /// <summary>The policy as asked (<see cref="PolicySnapshot"/> JSON).</summary>
    public string PolicyJson { get; private set; } = string.Empty;

    /// <summary>For a re-attestation: the version people accepted before, and the sections that changed since ("2.3, 3.5").</summary>
    public string? PreviousVersion { get; private set; }

    public string? ChangedSections { get; private set; }

    public AudienceKind AudienceKind { get; private set; }

    public string? AudienceValue { get; private set; }

    public string AudienceLabel { get; private set; } = string.Empty;

    /// <summary>People asked (after the fan-out; the preview's count before).</summary>
    public int AudienceSize { get; private set; }

    /// <summary>The last day to accept, in the organisation's zone.</summary>
    public DateOnly DueOn { get; private set; }

    public string? Message { get; private set; }

    public string OwnerId { get; private set; } = string.Empty;

    public string OwnerName { get; private set; } = string.Empty;

    public CampaignStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>When the last person of the audience was given a card.</summary>
    public DateTimeOffset? FannedOutAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Bumped by every change the progress card shows; the card copies' version.</summary>
    public long Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public EntityRef Entity => new(EntityType, Number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public PolicySnapshot Policy => PolicySnapshot.FromJson(PolicyJson);

    public bool IsOwner(string userId) => string.Equals(OwnerId, userId, StringComparison.OrdinalIgnoreCase);
}
