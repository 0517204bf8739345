using System.Text;

namespace HealthDashboard.Domain.Tests.Geo;

public class SampleUnitsFileTests
{
    private static readonly Dictionary<string, string[]> Districts = new()
    {
        ["AG"] = ["Long Xuyên", "Châu Đốc", "Tân Châu", "Tịnh Biên", "An Phú", "Phú Tân", "Châu Phú", "Tri Tôn", "Châu Thành", "Chợ Mới", "Thoại Sơn"],
        ["KT"] = ["Kon Tum", "Đắk Glei", "Ngọc Hồi", "Đắk Tô", "Kon Plông", "Kon Rẫy", "Đắk Hà", "Sa Thầy", "Tu Mơ Rông", "Ia H'Drai"],
        ["BP"] = ["Đồng Xoài", "Bình Long", "Phước Long", "Chơn Thành", "Bù Đăng", "Bù Đốp", "Bù Gia Mập", "Đồng Phú", "Hớn Quản", "Lộc Ninh", "Phú Riềng"],
        ["LC"] = ["Phong Thổ"],
    };

    private static readonly string[] DistrictPrefixes = ["Thành phố ", "Thị xã ", "Huyện "];

    private readonly SampleUnitsFile _file = SampleUnitsFile.Load();

    [Fact]
    public void TheFileIsUtf8WithoutByteOrderMarkAndStartsWithTheCountry()
    {
        var bytes = File.ReadAllBytes(SampleUnitsFile.FullPath);

        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "the file starts with a UTF-8 byte order mark");
        Assert.Equal(("VN", "country", "Việt Nam"), (_file.Rows[0].Code, _file.Rows[0].Kind, _file.Rows[0].NameVi));
    }

    [Fact]
    public void CodesAreUniqueAndEveryParentExists()
    {
        var codes = _file.Rows.Select(r => r.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(_file.Rows.Where(r => r.ParentCode is not null), r => Assert.Contains(r.ParentCode, codes));
        Assert.Single(_file.Rows, r => r.ParentCode is null);
    }

    [Fact]
    public void TheDistrictListsAreExactlyThoseOfTheSampleProvinces()
    {
        foreach (var (province, names) in Districts)
        {
            var actual = _file.OfKind("district").Where(d => d.ParentCode == province).Select(d => StripPrefix(d.NameVi));

            Assert.Equal(names.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        }

        Assert.Equal(Districts.Keys.Order(), _file.OfKind("province").Select(p => p.Code).Order());
    }

    [Fact]
    public void EveryDistrictHasTenToSeventeenCommunes()
    {
        foreach (var district in _file.OfKind("district"))
        {
            var communes = _file.OfKind("commune").Count(c => c.ParentCode == district.Code);

            Assert.True(communes is >= 10 and <= 17, $"{district.Code} has {communes} communes");
        }
    }

    [Fact]
    public void AnGiangHasAbout150Communes()
    {
        var districts = _file.OfKind("district").Where(d => d.ParentCode == "AG").Select(d => d.Code).ToHashSet();

        Assert.InRange(_file.OfKind("commune").Count(c => districts.Contains(c.ParentCode!)), 130, 170);
    }

    [Fact]
    public void CodesFollowTheParentCodePattern()
    {
        Assert.All(_file.OfKind("district"), d => Assert.Matches($"^{d.ParentCode}_[A-Z]{{3}}$", d.Code));
        Assert.All(_file.OfKind("commune"), c => Assert.Matches($"^{c.ParentCode}_[0-9]{{2}}$", c.Code));
    }

    [Fact]
    public void SampleNamesAreMarkedAndRealNamesCarryTheirAdministrativeKind()
    {
        foreach (var commune in _file.OfKind("commune"))
        {
            var looksSample = commune.NameVi.StartsWith("Xã mẫu ", StringComparison.Ordinal);
            Assert.Equal(looksSample, !commune.NameIsReal);
            Assert.Matches(commune.NameIsReal ? "^(Xã|Phường|Thị trấn) " : "^Xã mẫu [0-9]{2}$", commune.NameVi);
            Assert.Matches(commune.NameIsReal ? "^(Commune|Ward|Township) " : "^Sample commune [0-9]{2}$", commune.NameEn);
        }
    }

    [Fact]
    public void EnglishNamesAreAsciiAndOnlyProvincesAndDistrictsHaveCoordinates()
    {
        Assert.All(_file.Rows, r => Assert.True(Encoding.UTF8.GetByteCount(r.NameEn) == r.NameEn.Length, $"{r.NameEn} is not ASCII"));
        Assert.All(_file.Rows, r => Assert.Equal(r.Kind is "province" or "district", r.Site is not null));
    }

    private static string StripPrefix(string name) =>
        DistrictPrefixes.Where(p => name.StartsWith(p, StringComparison.Ordinal)).Select(p => name[p.Length..]).Single();
}
