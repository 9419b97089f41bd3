using System.Text.Json.Nodes;

namespace SecurityBot.FunctionalTests.Fuzzing;

/// <summary>
/// Breaks a well-formed activity the way an attacker editing the JSON would: a value of the wrong type, huge or
/// deeply nested, a field removed or added, a string laced with control characters. Most mutations land in what the
/// bot reads (text, value, action data, channelData); some anywhere in the envelope. One case in ten is sent as is.
/// </summary>
public static class ActivityMutator
{
    /// <summary>Mutates <paramref name="activity"/> in place; returns a short description of each mutation for the report.</summary>
    public static IReadOnlyList<string> Mutate(JsonObject activity, Random random)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(random);
        var applied = new List<string>();
        var count = random.Next(10) == 0 ? 0 : random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var nodes = new List<(JsonNode? Parent, string? Name, int Index, string Path)>();
            var payloadOnly = random.Next(10) != 0;
            Collect(activity, "$", nodes, payloadOnly, inPayload: false);
            if (nodes.Count == 0)
            {
                Collect(activity, "$", nodes, payloadOnly: false, inPayload: false);
            }

            var (parent, name, index, path) = nodes[random.Next(nodes.Count)];
            var current = name is not null ? parent![name] : ((JsonArray)parent!)[index];
            switch (random.Next(6))
            {
                case 0 when name is not null:
                    ((JsonObject)parent).Remove(name);
                    applied.Add("remove " + path);
                    break;
                case 1 when current is JsonObject target:
                    target["fuzz" + random.Next(100)] = HostileValues.Any(random);
                    applied.Add("add property to " + path);
                    break;
                case 2 when current is JsonValue value && value.TryGetValue<string>(out var text):
                    Set(parent, name, index, JsonValue.Create(Garble(text, random)));
                    applied.Add("garble string " + path);
                    break;
                case 3:
                    Set(parent, name, index, random.Next(2) == 0 ? new JsonArray(current?.DeepClone()) : new JsonObject { ["value"] = current?.DeepClone() });
                    applied.Add("wrap " + path);
                    break;
                default:
                    Set(parent, name, index, HostileValues.Any(random));
                    applied.Add("replace " + path);
                    break;
            }
        }

        return applied;
    }

    private static string Garble(string text, Random random) => random.Next(5) switch
    {
        0 => text + HostileValues.Mixed(random),
        1 => HostileValues.Mixed(random) + text,
        2 => HostileValues.HugeString(random),
        3 => string.Concat(Enumerable.Repeat(text, random.Next(2, 200))),
        _ => text.Length > 1 ? text[..random.Next(text.Length)] : text + "\u0000",
    };

    private static void Set(JsonNode parent, string? name, int index, JsonNode? value)
    {
        if (name is not null)
        {
            parent[name] = value;
        }
        else
        {
            ((JsonArray)parent)[index] = value;
        }
    }

    /// <summary>Every node with its parent; only those under text, value, channelData, name and action when <paramref name="payloadOnly"/>.</summary>
    private static void Collect(JsonNode? node, string path, List<(JsonNode?, string?, int, string)> into, bool payloadOnly, bool inPayload)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    var childInPayload = inPayload || (path == "$" && key is "text" or "value" or "channelData" or "name" or "action");
                    if (!payloadOnly || childInPayload)
                    {
                        into.Add((obj, key, -1, path + "." + key));
                    }

                    Collect(child, path + "." + key, into, payloadOnly, childInPayload);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (!payloadOnly || inPayload)
                    {
                        into.Add((array, null, i, $"{path}[{i}]"));
                    }

                    Collect(array[i], $"{path}[{i}]", into, payloadOnly, inPayload);
                }

                break;
        }
    }
}
