namespace SecurityBot.Policies.Domain;

/// <summary>A policy file that was skipped, and why — written for the administrator who maintains the folder.</summary>
internal sealed record PolicyLoadError(string File, string Reason)
{
    public override string ToString() => $"{File}: {Reason}";
}
