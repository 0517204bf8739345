using System.Text;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Aggregates;

/// <summary>
/// Parses each distinct period code once: a full read sees a few hundred codes millions of times. Codes read as
/// UTF-8 bytes are looked up by their bytes packed in a long, so no string is made per row.
/// </summary>
internal sealed class PeriodCache
{
    private readonly Dictionary<string, Period> _byText = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Period> _byBytes = [];

    public Period Parse(string code)
    {
        if (!_byText.TryGetValue(code, out var period))
        {
            _byText[code] = period = Period.Parse(code);
        }

        return period;
    }

    public Period Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 8)
        {
            return Parse(Encoding.UTF8.GetString(utf8));
        }

        long packed = utf8.Length;
        foreach (var b in utf8)
        {
            packed = (packed << 8) | b;
        }

        if (!_byBytes.TryGetValue(packed, out var period))
        {
            _byBytes[packed] = period = Period.Parse(Encoding.UTF8.GetString(utf8));
        }

        return period;
    }
}
