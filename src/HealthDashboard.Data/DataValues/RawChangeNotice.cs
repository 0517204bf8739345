using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.DataValues;

/// <summary>
/// The PostgreSQL NOTIFY message that tells the other nodes which raw values a write changed:
/// <c>{"o":"node-a","g":[{"e":12,"p":"202401","u":[5,6,7]}]}</c>, the origin node and the keys grouped by element and
/// period (an import writes many units of one element and period, so this stays small). A payload must stay under
/// PostgreSQL's 8000-byte limit, so a large write is split into several notices.
/// </summary>
public sealed record RawChangeNotice(string Origin, IReadOnlyList<RawKey> Keys)
{
    public const string Channel = "hd_raw_changes";

    /// <summary>Below NOTIFY's 8000 bytes, with room to close the JSON.</summary>
    public const int MaxPayloadBytes = 7900;

    private const int MaxOriginLength = 200;

    public static IReadOnlyList<string> Encode(string origin, IEnumerable<RawKey> keys)
    {
        // The default encoder escapes every non-ASCII character, so characters and bytes count the same below.
        var head = "{\"o\":" + JsonSerializer.Serialize(origin.Length > MaxOriginLength ? origin[..MaxOriginLength] : origin) + ",\"g\":[";
        var payloads = new List<string>();
        var text = new StringBuilder(head);
        var groupsInPayload = 0;
        foreach (var group in keys.GroupBy(k => (k.ElementId, k.Period)).OrderBy(g => g.Key.ElementId).ThenBy(g => g.Key.Period))
        {
            var groupHead = string.Create(CultureInfo.InvariantCulture, $"{{\"e\":{group.Key.ElementId},\"p\":\"{group.Key.Period}\",\"u\":[");
            var unitsInGroup = 0;
            foreach (var unit in group.Select(k => k.OrgUnitId).Distinct())
            {
                var unitText = unit.ToString(CultureInfo.InvariantCulture);
                var needed = (unitsInGroup > 0 ? 1 : groupHead.Length + (groupsInPayload > 0 ? 1 : 0)) + unitText.Length + "]}]}".Length;
                if (text.Length + needed > MaxPayloadBytes && groupsInPayload > 0)
                {
                    payloads.Add(text.Append(unitsInGroup > 0 ? "]}]}" : "]}").ToString());
                    text.Clear().Append(head);
                    groupsInPayload = 0;
                    unitsInGroup = 0;
                }

                if (unitsInGroup == 0)
                {
                    text.Append(groupsInPayload > 0 ? "," : "").Append(groupHead);
                    groupsInPayload++;
                }
                else
                {
                    text.Append(',');
                }

                text.Append(unitText);
                unitsInGroup++;
            }

            text.Append("]}");
        }

        if (groupsInPayload > 0)
        {
            payloads.Add(text.Append("]}").ToString());
        }

        return payloads;
    }

    /// <summary>Reads a payload; false for anything that is not a notice of this format (another program may use the channel).</summary>
    public static bool TryDecode(string payload, [NotNullWhen(true)] out RawChangeNotice? notice)
    {
        notice = null;
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("o", out var origin) || origin.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("g", out var groups) || groups.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            var keys = new List<RawKey>();
            foreach (var group in groups.EnumerateArray())
            {
                if (!Period.TryParse(group.GetProperty("p").GetString(), out var period))
                {
                    return false;
                }

                var element = group.GetProperty("e").GetInt64();
                keys.AddRange(group.GetProperty("u").EnumerateArray().Select(u => new RawKey(element, u.GetInt64(), period)));
            }

            notice = new RawChangeNotice(origin.GetString()!, keys);
            return true;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return false;
        }
    }
}
