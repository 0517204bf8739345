using System.Globalization;
using HealthDashboard.Web.Features.Admin;
using HealthDashboard.Web.Features.Admin.Audit;
using HealthDashboard.Web.Jobs;
using Microsoft.Extensions.Options;

namespace HealthDashboard.Web.Tests.Features.Admin;

/// <summary>The audit log's codes and fixed-shape details in the reader's words, in Vietnamese and in English.</summary>
public sealed class AuditWordingTests
{
    private static readonly AuditWording Words = new(Clock());

    public static TheoryData<string> Actions => [.. AuditPage.KnownActions];

    [Theory]
    [MemberData(nameof(Actions))]
    public void EveryActionAnAdminCanPickHasWordsInBothLanguages(string action)
    {
        UseCulture("vi-VN");
        var vietnamese = AuditWording.Action(action);
        UseCulture("en-US");
        var english = AuditWording.Action(action);

        Assert.NotEqual(action, vietnamese);
        Assert.NotEqual(action, english);
        Assert.NotEqual(vietnamese, english);
    }

    [Theory]
    [InlineData("vi-VN", "user-disable", "Vô hiệu hóa người dùng")]
    [InlineData("en-US", "user-disable", "User disabled")]
    [InlineData("vi-VN", "update", "Sửa số liệu")]
    [InlineData("en-US", "sign-in-failed", "Sign-in failed")]
    [InlineData("vi-VN", "some-future-action", "some-future-action")]
    public void AnActionReadsInThePageLanguageAndAnUnknownOneAsItIs(string culture, string action, string expected)
    {
        UseCulture(culture);
        Assert.Equal(expected, AuditWording.Action(action));
    }

    [Theory]
    [InlineData("vi-VN", "role=Officer; unit=AG_LXU; display name=Cán bộ Long Xuyên", "vai trò: Cán bộ y tế; đơn vị: AG_LXU; tên hiển thị: Cán bộ Long Xuyên")]
    [InlineData("en-US", "role=Officer; unit=AG_LXU; display name=Cán bộ Long Xuyên", "role: Health officer; unit: AG_LXU; display name: Cán bộ Long Xuyên")]
    [InlineData("vi-VN", "role=Leader; unit=-", "vai trò: Lãnh đạo; đơn vị: không (cả nước)")]
    [InlineData("vi-VN", "wrong password (2 in a row)", "sai mật khẩu (2 lần liên tiếp)")]
    [InlineData("en-US", "wrong password (2 in a row)", "wrong password (2 in a row)")]
    [InlineData("vi-VN", "disabled; sessions ended: 3", "đã vô hiệu hóa; kết thúc 3 phiên")]
    [InlineData("en-US", "disabled; sessions ended: 3", "disabled; 3 sessions ended")]
    [InlineData("vi-VN", "one-time password; unlocked; sessions ended: 0", "mật khẩu dùng một lần; đã mở khóa; kết thúc 0 phiên")]
    [InlineData("vi-VN", "revoked", "đã thu hồi")]
    [InlineData("vi-VN", "unknown user", "không có tên đăng nhập này")]
    [InlineData("vi-VN", "session 1a2b3c4d", "phiên 1a2b3c4d")]
    [InlineData("vi-VN", "active: Phòng họp (ab12cd)", "đang hoạt động: Phòng họp (ab12cd)")]
    [InlineData("vi-VN", "name=Phòng họp; playlist=giao-ban; expires=never", "tên: Phòng họp; trình chiếu: giao-ban; hết hạn: không bao giờ")]
    [InlineData("en-US", "name=Wall; playlist=giao-ban; expires=end of 31/12/2026 (01/01/2027 00:00)", "name: Wall; playlist: giao-ban; expires: end of 31/12/2026")]
    [InlineData("vi-VN", "Giao ban: 4 slides, 20 s", "Giao ban: 4 trang chiếu, 20 giây mỗi trang")]
    [InlineData("vi-VN", "locked until 2026-03-01T03:15:00.0000000+00:00", "tạm khóa đến 01/03/2026 10:15")]
    [InlineData("en-US", "locked until 2026-03-01T03:15:00.0000000+00:00", "locked until 01/03/2026 10:15")]
    public void DetailsTheAppWritesInAFixedShapeReadInThePageLanguage(string culture, string stored, string expected)
    {
        UseCulture(culture);
        Assert.Equal(expected, Words.Detail(stored));
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("Số liệu đã kiểm tra lại với trạm")]
    [InlineData("0 0 2 * * ?")]
    [InlineData("note=not a field we know; role=Admin")]
    public void FreeTextAndValuesAreShownAsTheyAre(string stored)
    {
        UseCulture("vi-VN");
        Assert.Equal(stored, Words.Detail(stored));
    }

    [Theory]
    [InlineData("vi-VN", "data_value", "Số liệu", "import", "Nhập tệp")]
    [InlineData("en-US", "data_value", "Data value", "import", "File import")]
    [InlineData("vi-VN", "apikey", "Khóa API", "admin", "Trang quản trị")]
    [InlineData("en-US", "session", "Session", "cli", "Command line")]
    public void EntitiesAndChannelsReadInThePageLanguage(string culture, string entity, string entityWords, string via, string viaWords)
    {
        UseCulture(culture);
        Assert.Equal(entityWords, AuditWording.Entity(entity));
        Assert.Equal(viaWords, AuditWording.Via(via));
    }

    [Fact]
    public void AJobIsNamedNotKeyed()
    {
        UseCulture("vi-VN");
        Assert.Equal(DashboardJobs.Recompute.NameVi, AuditWording.Key("job", "recompute"));
        UseCulture("en-US");
        Assert.Equal(DashboardJobs.Recompute.NameEn, AuditWording.Key("job", "recompute"));
        Assert.Equal("recompute", AuditWording.Key("user", "recompute"));
    }

    internal static AdminClock Clock() => new(Options.Create(new JobsOptions()), TimeProvider.System, new ReportingClock(TimeProvider.System, Options.Create(new JobsOptions())));

    private static void UseCulture(string culture) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
}
