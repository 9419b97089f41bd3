namespace SecurityBot.Attestation.Domain;

/// <summary>Who a campaign asks: the members of an Entra group (nested groups included), a department, or everyone.</summary>
internal enum AudienceKind
{
    Group = 0,
    Department = 1,
    Everyone = 2,
}
