namespace SecurityBot.Attestation.Application;

/// <summary>
/// Fires "attest.progress": counts the campaign now and updates every copy of the owner's progress card. Acceptances
/// schedule it at most once per window, so the owner's chat gets one edit per window however fast people accept.
/// </summary>
internal sealed class ProgressHandler(AttestationStore store, CampaignProgress progress, AttestationMessages messages, TimeProvider time) : ITimerHandler
{
    public string Kind => AttestationTimers.Progress;

    public async Task HandleAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (!AttestationTimers.TryParse(timer.EntityId, out var number) || await store.FindAsync(number, cancellationToken) is not { } campaign)
        {
            return;
        }

        var figures = await progress.ComputeAsync(campaign, cancellationToken);
        campaign.Touch(time.GetUtcNow());
        await messages.UpdateProgressAsync(campaign, figures, cancellationToken);
    }
}
