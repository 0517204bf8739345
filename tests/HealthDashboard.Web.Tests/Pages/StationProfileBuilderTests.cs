using HealthDashboard.Domain.Periods;
using HealthDashboard.Web.Features.Station;

namespace HealthDashboard.Web.Tests.Pages;

public sealed class StationProfileBuilderTests
{
    [Fact]
    public void ReportsReceivedCountTheTwelveMonthsBeforeTheCurrentOneMarkedDone()
    {
        // Computed in December 2025: the window is December 2024 – November 2025. The station skipped March, July and
        // September; its November 2024 and December 2025 reports are outside the window.
        var fixture = new PagesFixture();
        foreach (var month in new[] { "202411", "202412", "202501", "202502", "202504", "202505", "202506", "202508", "202510", "202511", "202512" })
        {
            fixture.Add("REPORT_DUE", "S1", month, 1).Add("REPORT_DONE", "S1", month, 1);
        }

        // Values without a completed report are not a report; a report owed and not done (0) is missed.
        fixture.Add("PC_VISITS", "S1", "202503", 5).Add("REPORT_DUE", "S1", "202509", 1).Add("REPORT_DONE", "S1", "202509", 0);

        var profile = new StationProfileBuilder(fixture.Build(), fixture.Tree, 2016).Build(fixture.Unit("C1"))!;

        Assert.Equal("S1", profile.Station.Code);
        Assert.Equal((Period.Month(2024, 12), Period.Month(2025, 11)), (profile.Reporting.From, profile.Reporting.To));
        Assert.Equal(9, profile.Reporting.Received);
        Assert.Equal([Period.Month(2025, 3), Period.Month(2025, 7), Period.Month(2025, 9)], profile.Reporting.Missed);
    }

    [Fact]
    public void EachFigureIsTheLatestTheStationReported()
    {
        var fixture = new PagesFixture()
            .Add("DOCTORS", "S1", "202510", 2).Add("DOCTORS", "S1", "202511", 1)
            .Add("NURSES", "S1", "202406", 3)
            .Add("STATION_MIDWIFE", "S1", "202511", 1).Add("STATION_PHARMACY", "S1", "202511", 0)
            .Add("COMMUNE_CRIT_MET", "S1", "2024", 1)
            .Add("TECH_CHS_DONE", "S1", "2025", 90).Add("TECH_CHS_LIST", "S1", "2025", 120)
            .Add("DRUGS_AVAILABLE", "S1", "2025Q3", 120).Add("DRUGS_LISTED", "S1", "2025Q3", 150);

        var profile = new StationProfileBuilder(fixture.Build(), fixture.Tree, 2016).Build(fixture.Unit("S1"))!;

        Assert.Equal((1.0, Period.Month(2025, 11)), (profile.Figure("DOCTORS").Value!.Value, profile.Figure("DOCTORS").Period!.Value));
        Assert.Equal((3.0, Period.Month(2024, 6)), (profile.Figure("NURSES").Value!.Value, profile.Figure("NURSES").Period!.Value));
        Assert.Equal(1.0, profile.Figure("STATION_MIDWIFE").Value);
        Assert.Equal(0.0, profile.Figure("STATION_PHARMACY").Value);
        Assert.Null(profile.Figure("STATION_TRAD_MED").Value);
        Assert.Null(profile.Figure("STATION_NCD").Value);
        Assert.Equal((1.0, Period.OfYear(2024)), (profile.Figure("COMMUNE_CRIT_MET").Value!.Value, profile.Figure("COMMUNE_CRIT_MET").Period!.Value));
        Assert.Equal((75.0, 90.0, 120.0), (profile.Figure("TECH_SERVICES_CHS").Value!.Value, profile.Figure("TECH_SERVICES_CHS").Numerator!.Value, profile.Figure("TECH_SERVICES_CHS").Denominator!.Value));
        Assert.Equal((80.0, Period.Quarter(2025, 3)), (profile.Figure("ESSENTIAL_DRUGS_CHS").Value!.Value, profile.Figure("ESSENTIAL_DRUGS_CHS").Period!.Value));
        Assert.Equal(0, profile.Reporting.Received); // Monthly staff figures, but no report marked complete.
    }

    [Fact]
    public void OnlyACommuneOrAStationHasAProfile()
    {
        var fixture = new PagesFixture();
        var builder = new StationProfileBuilder(fixture.Build(), fixture.Tree, 2016);

        Assert.Null(builder.Build(fixture.Unit("D1")));
        Assert.Null(builder.Build(fixture.Unit("C2"))); // A commune without a station.
        Assert.Equal("S1", builder.Build(fixture.Unit("C1"))?.Station.Code);
    }
}
