namespace SecurityBot.Policies.Teams;

/// <summary>
/// A parsed policy request. <see cref="Text"/> is the question (for <see cref="PolicyRequestKind.Search"/>) or the
/// name asked for; <see cref="Policy"/> is set for <see cref="PolicyRequestKind.Show"/>.
/// </summary>
internal sealed record PolicyRequest(PolicyRequestKind Kind, string Text = "", Policy? Policy = null)
{
    public static PolicyRequest Library { get; } = new(PolicyRequestKind.Library);

    public static PolicyRequest Status { get; } = new(PolicyRequestKind.Status);

    public static PolicyRequest Show(Policy policy) => new(PolicyRequestKind.Show, policy.Id, policy);

    public static PolicyRequest Search(string question) => new(PolicyRequestKind.Search, question);
}
