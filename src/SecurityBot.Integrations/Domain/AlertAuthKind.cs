namespace SecurityBot.Integrations.Domain;

/// <summary>How one alert source proves who it is.</summary>
internal enum AlertAuthKind
{
    /// <summary>HMAC-SHA256 of "{timestamp}.{body}" with the source's secret (systems that cannot get an Entra token).</summary>
    Hmac = 0,

    /// <summary>An Entra ID bearer token for the bot's alert API, issued to one of the source's client apps.</summary>
    Entra = 1,
}
