using System.Text;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Domain.Engine;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Tests.DataValues;

public class RawChangeNoticeTests
{
    [Fact]
    public void AnImportSizedWriteIsSplitIntoPayloadsUnderTheNotifyLimitThatTogetherHoldEveryKey()
    {
        // 10,000 communes' values for three elements and two months, with a long node id full of non-ASCII characters.
        var keys = (from element in new long[] { 3, 17, 42 }
                    from month in new[] { Period.Month(2024, 1), Period.Month(2024, 2) }
                    from unit in Enumerable.Range(1_000_000, 10_000)
                    select new RawKey(element, unit, month)).ToList();
        var origin = "trạm-" + new string('đ', 300);

        var payloads = RawChangeNotice.Encode(origin, keys);

        Assert.All(payloads, p => Assert.True(Encoding.UTF8.GetByteCount(p) < 8000, $"{Encoding.UTF8.GetByteCount(p)} bytes"));
        var decoded = payloads.Select(p => RawChangeNotice.TryDecode(p, out var n) ? n : throw new InvalidOperationException(p)).ToList();
        Assert.All(decoded, n => Assert.StartsWith("trạm-đđđ", n.Origin, StringComparison.Ordinal));
        Assert.Equal(keys.ToHashSet(), decoded.SelectMany(n => n.Keys).ToHashSet());
        Assert.Equal(keys.Count, decoded.Sum(n => n.Keys.Count));
        // Grouped by element and period, a unit costs about eight bytes: 60,000 keys fit in about sixty notices.
        Assert.InRange(payloads.Count, 50, 80);
    }

    [Fact]
    public void ASmallWriteIsOneNotice()
    {
        var payloads = RawChangeNotice.Encode("node-a", [new RawKey(1, 2, Period.OfYear(2024)), new RawKey(1, 3, Period.Month(2024, 5))]);

        Assert.Equal("{\"o\":\"node-a\",\"g\":[{\"e\":1,\"p\":\"2024\",\"u\":[2]},{\"e\":1,\"p\":\"202405\",\"u\":[3]}]}", Assert.Single(payloads));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("{\"o\":1,\"g\":[]}")]
    [InlineData("{\"o\":\"a\",\"g\":[{\"e\":1,\"p\":\"2024-01\",\"u\":[1]}]}")]
    [InlineData("{\"o\":\"a\",\"g\":[{\"e\":\"x\",\"p\":\"202401\",\"u\":[1]}]}")]
    public void APayloadOfAnotherShapeIsNotANotice(string payload)
    {
        Assert.False(RawChangeNotice.TryDecode(payload, out _));
    }
}
