using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Quality;

namespace HealthDashboard.Domain.Tests.Quality;

public class PairRulesTests
{
    [Fact]
    public void EveryRuleComparesTwoElementsOfTheCatalogReportedForTheSamePeriodType()
    {
        var elements = CatalogLoader.LoadEmbedded().Elements.ToDictionary(e => e.Code);
        Assert.All(PairRules.All, rule =>
        {
            Assert.True(elements.ContainsKey(rule.PartElement), rule.PartElement);
            Assert.True(elements.ContainsKey(rule.WholeElement), rule.WholeElement);
            Assert.Equal(elements[rule.WholeElement].PeriodType, elements[rule.PartElement].PeriodType);
        });
        Assert.Equal(PairRules.All.Count, PairRules.All.Select(r => r.Code).Distinct().Count());
    }

    [Theory]
    [InlineData(9.0, 10.0, true)]
    [InlineData(10.0, 10.0, true)]
    [InlineData(11.0, 10.0, false)]
    [InlineData(null, 10.0, true)]
    [InlineData(11.0, null, true)]
    public void APartMayEqualItsWholeButNotExceedIt(double? part, double? whole, bool holds)
    {
        var rule = PairRules.All.Single(r => r.Code == "IMM_FULL_LE_U1");
        Assert.Equal(holds, rule.Holds(part, whole));
    }

    [Fact]
    public void TheRulesOfAnElementAreFoundFromEitherSide()
    {
        Assert.Equal(["DEATHS_U1_LE_U5", "DEATHS_U5_LE_ALL"], PairRules.Involving("deaths_u5").Select(r => r.Code));
    }
}
