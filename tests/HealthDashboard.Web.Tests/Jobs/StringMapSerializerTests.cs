using System.Collections.Specialized;
using HealthDashboard.Web.Jobs;
using Quartz;

namespace HealthDashboard.Web.Tests.Jobs;

public class StringMapSerializerTests
{
    private readonly StringMapSerializer _serializer = new();

    [Fact]
    public void StringMapsRoundTripAsJobDataMapsAndAsProperties()
    {
        var map = new JobDataMap { [JobDataKeys.Manual] = "true", [JobDataKeys.RequestedBy] = "node-a" };

        var bytes = _serializer.Serialize(map);
        var asMap = _serializer.DeSerialize<JobDataMap>(bytes);
        var asProperties = _serializer.DeSerialize<NameValueCollection>(bytes);

        Assert.Equal("node-a", asMap.GetString(JobDataKeys.RequestedBy));
        Assert.Equal("true", asProperties[JobDataKeys.Manual]);
        Assert.Equal(bytes, _serializer.Serialize(asProperties));
    }

    [Fact]
    public void AnythingButStringsIsRefused() =>
        Assert.Throws<NotSupportedException>(() => _serializer.Serialize(new JobDataMap { ["when"] = DateTime.UtcNow }));
}
