namespace SecurityBot.RiskAcceptances.Application;

/// <summary>How the active register is sorted.</summary>
internal enum RiskRegisterOrder
{
    /// <summary>Highest score first (then soonest expiry).</summary>
    ByScore,

    /// <summary>Soonest expiry first.</summary>
    ByExpiry,
}
