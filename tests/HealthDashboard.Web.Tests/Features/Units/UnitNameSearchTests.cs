using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Tests.Features.Units;

/// <summary>The unit search finds names as typed on any keyboard: no tone marks, any case, đ as d, either language.</summary>
public sealed class UnitNameSearchTests
{
    private static readonly OrgUnitTree Tree = new(
    [
        Unit(1, "VN", null, 0, OrgUnitKind.Country, "Việt Nam", "Viet Nam"),
        Unit(2, "AG", 1, 1, OrgUnitKind.Province, "An Giang", "An Giang"),
        Unit(3, "DN", 1, 1, OrgUnitKind.Province, "Đà Nẵng", "Da Nang"),
        Unit(4, "AG_LXU", 2, 2, OrgUnitKind.District, "Thành phố Long Xuyên", "Long Xuyen City"),
        Unit(5, "AG_CDO", 2, 2, OrgUnitKind.District, "Thành phố Châu Đốc", "Chau Doc City"),
        Unit(6, "AG_LXU_01", 4, 3, OrgUnitKind.Commune, "Phường Mỹ Bình", "My Binh Ward"),
        Unit(7, "AG_LXU_01_TYT", 6, 4, OrgUnitKind.HealthStation, "Trạm Y tế Mỹ Bình", "My Binh Health Station"),
        Unit(8, "AG_CDO_02", 5, 3, OrgUnitKind.Commune, "Xã Vĩnh Đà", "Vinh Da Commune"),
    ]);

    [Theory]
    [InlineData("long xuyen", "AG_LXU")]
    [InlineData("LONG XUYÊN", "AG_LXU")]
    [InlineData("  long   xuyen ", "AG_LXU")]
    [InlineData("xuyên long", "AG_LXU")]
    [InlineData("long xuyen city", "AG_LXU")]
    [InlineData("chau doc", "AG_CDO")]
    [InlineData("Đà Nẵng", "DN")]
    public void ANameIsFoundWithOrWithoutItsMarks(string typed, string code)
    {
        Assert.Equal(code, UnitNameSearch.For(Tree).Find(typed, 10).First().Code);
    }

    [Theory]
    [InlineData("AG_LXU_01", "phuong binh", true)]
    [InlineData("AG_LXU_01", "BÌNH mỹ", true)]
    [InlineData("AG_LXU_01", "ward my", true)]
    [InlineData("AG_LXU_01", "", true)]
    [InlineData("AG_LXU_01", "phuong hoa", false)]
    [InlineData("AG_CDO_02", "phuong binh", false)]
    public void ARowMatchesWhenEveryTypedWordIsInItsName(string code, string typed, bool matches)
    {
        Assert.Equal(matches, UnitNameSearch.Matches(Tree.All.Single(u => u.Code == code), typed));
    }

    [Fact]
    public void DFindsĐAndNamesStartingWithTheTextComeFirst()
    {
        // "Đà Nẵng" starts with it, "Vĩnh Đà" has a word starting with it; "Châu Đốc" is "doc", not "da".
        Assert.Equal(["DN", "AG_CDO_02"], UnitNameSearch.For(Tree).Find("da", 10).Select(u => u.Code));
    }

    [Fact]
    public void HigherLevelsComeBeforeLowerOnesOfTheSameName()
    {
        Assert.Equal(["AG_LXU_01", "AG_LXU_01_TYT"], UnitNameSearch.For(Tree).Find("my binh", 10).Select(u => u.Code));
    }

    [Fact]
    public void ATextInsideAWordIsFoundAfterWordStarts()
    {
        Assert.Equal(["AG_LXU"], UnitNameSearch.For(Tree).Find("uyen", 10).Select(u => u.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("hà nội")]
    public void NothingTypedOrNoSuchNameFindsNothing(string? typed)
    {
        Assert.Empty(UnitNameSearch.For(Tree).Find(typed, 10));
    }

    [Fact]
    public void NoMoreThanTheMaximumIsReturned()
    {
        Assert.Equal(2, UnitNameSearch.For(Tree).Find("a", 2).Count);
    }

    [Theory]
    [InlineData("Thành phố Long Xuyên", "thanh pho long xuyen")]
    [InlineData("ĐÀ NẴNG", "da nang")]
    [InlineData("đ", "d")]
    [InlineData("Trạm Y tế\tMỹ  Bình ", "tram y te my binh")]
    public void FoldingDropsMarksCaseAndExtraSpaces(string name, string folded)
    {
        Assert.Equal(folded, UnitNameSearch.Fold(name));
    }

    [Fact]
    public void ASuggestionNamesTheParent()
    {
        var search = UnitNameSearch.For(Tree);
        Assert.Equal("AG", search.ParentOf(Tree.Find("AG_LXU")!)?.Code);
        Assert.Null(search.ParentOf(Tree.Find("VN")!));
    }

    private static OrgUnit Unit(long id, string code, long? parent, int level, OrgUnitKind kind, string vi, string en) =>
        new() { Id = id, Code = code, ParentId = parent, Level = level, Kind = kind, NameVi = vi, NameEn = en, Path = "/" + code + "/" };
}
