using System.Reflection;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Tests.Infrastructure;

namespace HealthDashboard.Web.Tests.Localization;

public sealed class UiTextTests
{
    public static TheoryData<string> TextProperties()
    {
        var data = new TheoryData<string>();
        foreach (var property in TextsOf(typeof(UiText)).Concat(TextsOf(typeof(OverviewText))))
        {
            data.Add($"{property.DeclaringType!.Name}.{property.Name}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextProperties))]
    public void EveryTextHasAVietnameseAndAnEnglishWording(string name)
    {
        var (typeName, propertyName) = (name.Split('.')[0], name.Split('.')[1]);
        var owner = typeName == nameof(UiText) ? (object)new UiText() : new OverviewText();
        var property = owner.GetType().GetProperty(propertyName)!;

        var vietnamese = Cultures.In("vi-VN", () => (string)property.GetValue(owner)!);
        var english = Cultures.In("en-US", () => (string)property.GetValue(owner)!);

        Assert.False(string.IsNullOrWhiteSpace(vietnamese));
        Assert.False(string.IsNullOrWhiteSpace(english));
    }

    [Fact]
    public void TheGlossaryTermsAreUsedForTheStatuses()
    {
        var text = new OverviewText();

        Assert.Equal(["Đạt", "Chưa đạt", "Chưa có dữ liệu", "Mục tiêu", "Số nhỏ, không ổn định"],
            Cultures.In("vi-VN", () => new[] { text.Achieved, text.NotMet, text.NoData, text.Target, text.Unstable }));
        Assert.Equal(["Achieved", "Not met", "No data", "Target", "Few events: unstable"],
            Cultures.In("en-US", () => new[] { text.Achieved, text.NotMet, text.NoData, text.Target, text.Unstable }));
    }

    [Fact]
    public void NumbersUseTheDecimalCommaInVietnameseAndTheDotInEnglish()
    {
        var text = new OverviewText();

        Assert.Equal(("1.234,5", "1,234.5"), (Cultures.In("vi-VN", () => text.Number(1234.49, 1)), Cultures.In("en-US", () => text.Number(1234.49, 1))));
    }

    [Fact]
    public void EveryOrgUnitKindHasAName()
    {
        var text = new UiText();

        Assert.All(Enum.GetValues<OrgUnitKind>(), kind =>
            Assert.NotEqual(kind.ToString(), Cultures.In("vi-VN", () => text.KindName(kind))));
    }

    private static IEnumerable<PropertyInfo> TextsOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string));
}
