namespace SecurityBot.Crisis.Domain;

/// <summary>One follow-up action as typed on the review card ("owner e-mail | YYYY-MM-DD | what"), before the owner is looked up.</summary>
/// <param name="Line">The line's number in the box (1-based, blank lines counted), for error messages.</param>
/// <param name="OwnerEmail">The owner's e-mail address or sign-in name, looked up in the directory.</param>
/// <param name="Due">The due date.</param>
/// <param name="Text">What is to be done (user text).</param>
internal sealed record FollowUpLine(int Line, string OwnerEmail, DateOnly Due, string Text);
