namespace SecurityBot.Cards;

/// <summary>Keyboard hint for a text input.</summary>
public enum TextInputStyle { Text, Tel, Url, Email, Password }
