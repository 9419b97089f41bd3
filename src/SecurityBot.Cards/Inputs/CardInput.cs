namespace SecurityBot.Cards;

/// <summary>
/// Base of the inputs. The <see cref="CardElement.Id"/> is the key of the value in the submitted data, so it is
/// required. Always give a <see cref="Label"/>; required inputs also need an <see cref="ErrorMessage"/>.
/// </summary>
public abstract class CardInput : CardElement
{
    protected CardInput(string id, string? label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Label = label;
    }

    public string? Label { get; set; }
    public bool? IsRequired { get; set; }
    public string? ErrorMessage { get; set; }
}
