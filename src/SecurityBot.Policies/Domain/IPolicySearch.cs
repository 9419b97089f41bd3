namespace SecurityBot.Policies.Domain;

/// <summary>Answers a free-text question with the best-matching policy sections. Never throws on user text.</summary>
internal interface IPolicySearch
{
    PolicySearchResult Search(string question, int top = 3);
}
