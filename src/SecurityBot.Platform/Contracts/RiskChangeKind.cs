namespace SecurityBot.Platform.Contracts;

/// <summary>What happened to a risk acceptance, as told to <see cref="IRiskObserver"/>s.</summary>
public enum RiskChangeKind
{
    /// <summary>The last stage approved it: the risk is accepted until <see cref="RiskSnapshot.ExpiresAt"/>.</summary>
    Approved = 0,

    /// <summary>An approver refused it: the request is closed.</summary>
    Rejected = 1,

    /// <summary>The acceptance ran out without a renewal.</summary>
    Expired = 2,
}
