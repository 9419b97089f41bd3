namespace SecurityBot.Platform.Files;

/// <summary>What an accept found when it tried to take an offer for upload.</summary>
internal enum FileOfferClaim
{
    /// <summary>This accept uploads.</summary>
    Claimed,

    /// <summary>Another accept is uploading now: nothing to do.</summary>
    InProgress,

    /// <summary>Already in the person's OneDrive: nothing to do.</summary>
    AlreadyUploaded,

    /// <summary>The person declined it earlier.</summary>
    Declined,

    /// <summary>It expired before (the timer got there first).</summary>
    Expired,

    /// <summary>It expired just now, found by this accept: its card must be updated.</summary>
    ExpiredNow,
}
