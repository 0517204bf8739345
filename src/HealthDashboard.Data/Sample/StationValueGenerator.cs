using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Data.Sample;

/// <summary>
/// Generates a commune health station's reports: monthly counts and stocks, quarterly programme figures, and yearly
/// survey and assessment figures (reported once the mid-year survey is done). A few stations report irregularly and
/// a few values are outliers, as in real data.
/// </summary>
/// <param name="reportsAsOf">The day the sample is made: a report whose completion day (<see cref="SampleReportTiming"/>)
/// comes later is not complete yet.</param>
public sealed class StationValueGenerator(IReadOnlyDictionary<string, long> elementIds, int seed, DateOnly reportsAsOf)
{
    // No commune reaches every last person: coverage shares stop short of 100 % so the sample does not look clipped.
    private const double MaxShare = 99.2;

    public IEnumerable<RawValue> Generate(StationPlan station, Period firstMonth, Period lastMonth)
    {
        var rng = SampleRandom.For(seed, station.Code);
        var p = station.Profile;
        var basePopulation = rng.Between(p.PopulationMin, p.PopulationMax);
        var growth = rng.Uniform(0.004, 0.014);
        var coverageOffset = station.DistrictCoverageOffset + rng.Normal(0, 1.2);
        var mortality = station.DistrictMortalityFactor * rng.Uniform(0.8, 1.2);
        var villages = rng.Between(4, 16);
        // One draw per capacity: the station gains it when the province's share passes its draw, and keeps it.
        var (doctorAt, midwifeAt, pharmacyAt, tradAt, ncdAt, criteriaAt) =
            (rng.Uniform(0, 100), rng.Uniform(0, 100), rng.Uniform(0, 100), rng.Uniform(0, 100), rng.Uniform(0, 100), rng.Uniform(0, 100));
        var poorReporter = rng.Chance(0.04);
        var lateThisMonth = rng.Chance(0.3);

        for (var month = firstMonth; month.CompareTo(lastMonth) <= 0; month = month.Next())
        {
            // Some stations have not sent the last month yet while its deadline is still ahead.
            var missed = rng.Chance(poorReporter ? 0.2 : 0.01)
                || (month == lastMonth && lateThisMonth && reportsAsOf <= ReportDeadline.LastDayOf(month, SampleReportTiming.DeadlineDay));
            var t = month.Year + (month.Index - 0.5) / 12.0;
            var sink = new ValueSink(elementIds, station.StationId);
            var population = basePopulation * Math.Pow(1 + growth, t - 2016);
            if (!missed)
            {
                Monthly(sink, rng, month, t, p, population, coverageOffset, mortality, villages, doctorAt, midwifeAt, pharmacyAt, tradAt);
            }

            Reports(sink, station.StationId, month, sent: !missed);

            if (month.Index % 3 == 0 && !missed)
            {
                Quarterly(sink, rng, month.ContainingOf(PeriodType.Quarter), t, p, population);
            }

            if (month.Index == 6)
            {
                Yearly(sink, rng, Period.OfYear(month.Year), t, p, population, ncdAt, criteriaAt, mortality);
            }

            foreach (var value in sink.Values)
            {
                yield return value;
            }
        }
    }

    /// <summary>
    /// A month's report is due once the month is over. A station that sent its values marked the report complete on
    /// its completion day, if that day has come; it is on time when that day is not past the deadline.
    /// </summary>
    private void Reports(ValueSink s, long stationId, Period m, bool sent)
    {
        var completedOn = SampleReportTiming.CompletedOn(seed, stationId, m);
        var done = sent && completedOn <= reportsAsOf;
        s.Add("REPORT_DUE", m, 1);
        s.Add("REPORT_DONE", m, done ? 1 : 0);
        s.Add("REPORT_ON_TIME", m, done && ReportDeadline.IsOnTime(m, completedOn, SampleReportTiming.DeadlineDay) ? 1 : 0);
    }

    private static void Monthly(ValueSink s, SampleRandom rng, Period m, double t, SampleProfile p, double population,
        double coverageOffset, double mortality, int villages, double doctorAt, double midwifeAt, double pharmacyAt, double tradAt)
    {
        var pop = Math.Round(population);
        s.Add("POP", m, pop);
        s.Add("HI_INSURED", m, Math.Round(pop * Math.Clamp(p.InsuranceCoverage.At(t) + coverageOffset + rng.Normal(0, 0.3), 40, MaxShare) / 100));
        var visits = rng.Poisson(pop * 0.22 / 12);
        s.Add("PC_VISITS", m, visits);
        s.Add("PC_VISITS_INS", m, rng.Binomial(visits, (p.InsuranceCoverage.At(t) - 4) / 100));
        var births = rng.Poisson(pop * p.BirthRate.At(t) / 1000 / 12);
        var cohort = rng.Poisson(pop * p.BirthRate.At(t) / 1000 / 12);
        s.Add("U1_TARGET", m, cohort);
        s.Add("U1_FULL_IMM", m, rng.Binomial(cohort, Math.Min(MaxShare, p.Immunisation.At(t) + coverageOffset / 2) / 100));
        var pregnant = rng.Poisson(pop * (p.BirthRate.At(t) + 1) / 1000 / 12);
        s.Add("PREG", m, pregnant);
        s.Add("PREG_TT", m, rng.Binomial(pregnant, 0.9));
        s.Add("LIVE_BIRTHS", m, Outlier(rng, births));
        var infantDeaths = rng.Poisson(births * p.InfantMortality.At(t) * mortality / 1000);
        s.Add("DEATHS_U1", m, infantDeaths);
        s.Add("DEATHS_U5", m, infantDeaths + rng.Poisson(births * p.InfantMortality.At(t) * (p.Under5OverInfant - 1) * mortality / 1000));
        s.Add("DEATHS", m, rng.Poisson(pop * 6.2 / 1000 / 12));
        s.Add("BIRTHS_3RD", m, rng.Binomial(births, p.ThirdChildShare.At(t) / 100));
        s.Add("DELIVERIES", m, births);
        var anc3 = rng.Binomial(births, 0.55 + (t - 2016) * 0.015);
        s.Add("ANC3_WOMEN", m, anc3);
        s.Add("ANC4_WOMEN", m, rng.Binomial(anc3, 0.55));
        s.Add("HEALTH_MANAGED", m, Math.Round(pop * Math.Min(99, p.HealthManaged.At(t) + coverageOffset / 2) / 100));
        if (p.ElectronicRecords.At(t) > 0)
        {
            s.Add("EHR_PEOPLE", m, Math.Round(pop * p.ElectronicRecords.At(t) / 100));
        }

        s.Add("STATIONS", m, 1);
        s.Add("STATION_DOCTOR", m, doctorAt < p.StationDoctor.At(t) ? 1 : 0);
        s.Add("STATION_MIDWIFE", m, midwifeAt < p.StationMidwife.At(t) ? 1 : 0);
        s.Add("STATION_PHARMACY", m, pharmacyAt < p.StationPharmacy.At(t) ? 1 : 0);
        s.Add("STATION_TRAD_MED", m, tradAt < p.StationTraditional.At(t) ? 1 : 0);
        s.Add("VILLAGES", m, villages);
        s.Add("VILLAGES_HW", m, Math.Max(0, villages - (int)Math.Round(villages * (1 - Math.Min(1, 0.8 + (t - 2016) * 0.02)))));
        s.Add("DOCTORS", m, doctorAt < p.StationDoctor.At(t) ? 1 + (pop > 15_000 ? 1 : 0) : 0);
        s.Add("PHARMACISTS", m, 0);
        s.Add("NURSES", m, pop > 12_000 ? 3 : 2);
        s.Add("OP_VISITS", m, Outlier(rng, rng.Poisson(pop * p.VisitsPerPerson.At(t) * 0.35 / 12)));
    }

    private static void Quarterly(ValueSink s, SampleRandom rng, Period q, double t, SampleProfile p, double population)
    {
        s.Add("HIV_MANAGED_PEOPLE", q, rng.Poisson(population * 0.0022));
        s.Add("DRUGS_LISTED", q, 150);
        s.Add("DRUGS_AVAILABLE", q, Math.Min(150, Math.Round(150 * (0.55 + (t - 2016) * 0.025) + rng.Normal(0, 4))));
        var respondents = rng.Between(20, 40);
        s.Add("RESPONDENTS", q, respondents);
        s.Add("SATISFIED", q, rng.Binomial(respondents, p.Satisfaction.At(t) / 100));
    }

    private static void Yearly(ValueSink s, SampleRandom rng, Period y, double t, SampleProfile p, double population, double ncdAt,
        double criteriaAt, double mortality)
    {
        var underFive = (int)(population * 0.075);
        var stunting = p.Stunting.At(t) * (0.85 + 0.15 * mortality);
        s.Add("U5_MEASURED", y, underFive);
        s.Add("U5_STUNTED", y, rng.Binomial(underFive, stunting / 100));
        s.Add("U5_WEIGHED", y, underFive);
        s.Add("U5_UNDERWT", y, rng.Binomial(underFive, p.Underweight.At(t) * (0.85 + 0.15 * mortality) / 100));
        s.Add("STATION_NCD", y, ncdAt < p.StationNcd.At(t) ? 1 : 0);
        s.Add("COMMUNES", y, 1);
        s.Add("COMMUNE_CRIT_MET", y, criteriaAt < p.CommuneCriteria.At(t) ? 1 : 0);
        s.Add("TECH_CHS_LIST", y, 120);
        s.Add("TECH_CHS_DONE", y, Math.Min(120, Math.Round(120 * (0.6 + (t - 2016) * 0.03)) + rng.Between(-6, 6)));
        s.Add("TECH_APPROVED", y, 100);
        s.Add("TECH_DONE", y, Math.Min(100, Math.Round(100 * (0.65 + (t - 2016) * 0.025)) + rng.Between(-5, 5)));
    }

    // About one value in two thousand is entered ten times too large, so the data-quality checks have work to do.
    private static double Outlier(SampleRandom rng, double value) => rng.Chance(0.0005) ? value * 10 : value;
}
