using HealthDashboard.Web.Jobs;

namespace HealthDashboard.Web.Tests.Jobs;

public class CronDescriberTests
{
    [Theory]
    [InlineData("0 0 2 * * ?", "Hằng ngày lúc 02:00", "Every day at 02:00")]
    [InlineData("0 30 8,17 ? * *", "Hằng ngày lúc 08:30 và 17:30", "Every day at 08:30 and 17:30")]
    [InlineData("0 0 1 6 * ?", "Ngày 6 hằng tháng lúc 01:00", "On day 6 of every month at 01:00")]
    [InlineData("0 15 23 L * ?", "Ngày cuối cùng của mỗi tháng lúc 23:15", "On the last day of every month at 23:15")]
    [InlineData("0 0 7 ? * MON-FRI", "Từ thứ Hai đến thứ Sáu lúc 07:00", "Monday to Friday at 07:00")]
    [InlineData("0 0 6 ? * MON", "Thứ Hai hằng tuần lúc 06:00", "Every Monday at 06:00")]
    [InlineData("0 0 6 ? * SAT,SUN", "Thứ Bảy và Chủ nhật hằng tuần lúc 06:00", "Every Saturday and Sunday at 06:00")]
    [InlineData("0 0 6 ? * MON,WED,FRI", "Thứ Hai, thứ Tư và thứ Sáu hằng tuần lúc 06:00", "Every Monday, Wednesday and Friday at 06:00")]
    [InlineData("0 0/15 * * * ?", "Mỗi 15 phút", "Every 15 minutes")]
    [InlineData("0 */5 * ? * *", "Mỗi 5 phút", "Every 5 minutes")]
    [InlineData("0 * * * * ?", "Mỗi phút", "Every minute")]
    [InlineData("0 0 * * * ?", "Đầu mỗi giờ", "Every hour, on the hour")]
    [InlineData("0 20 * * * ?", "Hằng giờ, vào phút 20", "Every hour at minute 20")]
    [InlineData("0 0 */6 * * ?", "Mỗi 6 giờ", "Every 6 hours")]
    [InlineData("0 10 0/2 * * ?", "Mỗi 2 giờ, vào phút 10", "Every 2 hours at minute 10")]
    [InlineData("0 0 0 1 1 ?", "Ngày 1 tháng 1 hằng năm lúc 00:00", "Every year on 1 January at 00:00")]
    [InlineData("  0  0 2 * * ?  ", "Hằng ngày lúc 02:00", "Every day at 02:00")]
    public void CommonShapesAreSaidInWords(string cron, string vietnamese, string english)
    {
        Assert.Equal(vietnamese, CronDescriber.Describe(cron, vietnamese: true));
        Assert.Equal(english, CronDescriber.Describe(cron, vietnamese: false));
    }

    [Theory]
    [InlineData("0 0 2 1-7 * ?")]
    [InlineData("15 0 2 * * ?")]
    [InlineData("0 0 2 ? * 6#3")]
    [InlineData("0 0 2 * * ? 2030")]
    [InlineData("0 0 2 1 1,7 ?")]
    [InlineData("0 0 7 ? * 2-6")]
    public void OtherShapesFallBackToTheExpression(string cron)
    {
        Assert.Equal($"Theo biểu thức cron: {cron}", CronDescriber.Describe(cron, vietnamese: true));
        Assert.Equal($"Cron expression: {cron}", CronDescriber.Describe(cron, vietnamese: false));
    }

    [Fact]
    public void EveryDefaultScheduleHasWords()
    {
        Assert.All(DashboardJobs.All, job => Assert.DoesNotContain("cron", CronDescriber.Describe(job.DefaultCron, vietnamese: false), StringComparison.OrdinalIgnoreCase));
    }
}
