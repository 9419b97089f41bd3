namespace SecurityBot.Policies.Domain;

/// <summary>How widely a policy document itself may be shared, in the organisation's four-level scheme.</summary>
internal enum PolicyClassification
{
    Public,
    Internal,
    Confidential,
    Restricted,
}
