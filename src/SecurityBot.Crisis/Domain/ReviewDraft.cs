namespace SecurityBot.Crisis.Domain;

/// <summary>
/// The review's text as the room typed it on the review card: what happened, the impact, the root cause, what went
/// well and what to change. All user text (escaped wherever it is shown); bounded here, whatever the card allowed.
/// </summary>
internal sealed record ReviewDraft(string WhatHappened, string? Impact, string? RootCause, string? WentWell, string? ToChange)
{
    public const int MaxWhatHappenedLength = 4000;
    public const int MaxSectionLength = 2000;

    /// <summary>Trims and checks the texts; false with one sentence per problem.</summary>
    public static bool TryCreate(string? whatHappened, string? impact, string? rootCause, string? wentWell, string? toChange,
        out ReviewDraft? draft, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var what = (whatHappened ?? string.Empty).Trim();
        if (what.Length == 0)
        {
            problems.Add("Say what happened.");
        }
        else if (what.Length > MaxWhatHappenedLength)
        {
            problems.Add($"\"What happened\" is {what.Length} characters; at most {MaxWhatHappenedLength}.");
        }

        string? Section(string? text, string label)
        {
            var trimmed = (text ?? string.Empty).Trim();
            if (trimmed.Length > MaxSectionLength)
            {
                problems.Add($"\"{label}\" is {trimmed.Length} characters; at most {MaxSectionLength}.");
            }

            return trimmed.Length == 0 ? null : trimmed;
        }

        var sections = (Section(impact, "Impact"), Section(rootCause, "Root cause"), Section(wentWell, "What went well"), Section(toChange, "What to change"));
        errors = problems;
        draft = problems.Count == 0 ? new ReviewDraft(what, sections.Item1, sections.Item2, sections.Item3, sections.Item4) : null;
        return draft is not null;
    }
}
