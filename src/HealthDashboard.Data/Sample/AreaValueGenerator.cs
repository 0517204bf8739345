using HealthDashboard.Domain.Aggregation;
using HealthDashboard.Domain.Periods;

namespace HealthDashboard.Data.Sample;

/// <summary>
/// Generates what district health centres report (beds, staff, visits, technical services, pharmacies) and the
/// province's yearly statistics (life expectancy, heights, budget) that are entered, not aggregated.
/// </summary>
public sealed class AreaValueGenerator(IReadOnlyDictionary<string, long> elementIds, int seed)
{
    public IEnumerable<RawValue> DistrictCentre(long centreId, string code, SampleProfile p, double population, Period firstMonth, Period lastMonth)
    {
        var rng = SampleRandom.For(seed, code);
        var privateShare = rng.Uniform(0.06, 0.14);
        for (var m = firstMonth; m.CompareTo(lastMonth) <= 0; m = m.Next())
        {
            var t = m.Year + (m.Index - 0.5) / 12.0;
            var s = new ValueSink(elementIds, centreId);
            var beds = Math.Round(population * p.DistrictBedsPer10K.At(t) / 10_000);
            s.Add("BEDS", m, beds);
            s.Add("BEDS_PRIVATE", m, Math.Round(beds * (privateShare + (t - 2016) * 0.004)));
            s.Add("DOCTORS", m, Math.Round(population * p.DistrictDoctorsPer10K.At(t) / 10_000));
            s.Add("PHARMACISTS", m, Math.Round(population * (0.9 + (t - 2016) * 0.08) / 10_000));
            s.Add("NURSES", m, Math.Round(population * (17 + (t - 2016) * 0.8) / 10_000));
            s.Add("OP_VISITS", m, rng.Poisson(population * p.VisitsPerPerson.At(t) * 0.65 / 12));
            if (m.Index % 3 == 0)
            {
                var respondents = rng.Between(150, 300);
                s.Add("RESPONDENTS", m.ContainingOf(PeriodType.Quarter), respondents);
                s.Add("SATISFIED", m.ContainingOf(PeriodType.Quarter), rng.Binomial(respondents, p.Satisfaction.At(t) / 100));
            }

            if (m.Index == 6)
            {
                var y = Period.OfYear(m.Year);
                s.Add("TECH_DHC_LIST", y, 900);
                s.Add("TECH_DHC_DONE", y, Math.Min(900, Math.Round(900 * (0.62 + (t - 2016) * 0.03)) + rng.Between(-20, 20)));
                s.Add("TECH_APPROVED", y, 1200);
                s.Add("TECH_DONE", y, Math.Min(1200, Math.Round(1200 * (0.66 + (t - 2016) * 0.025)) + rng.Between(-25, 25)));
                var outlets = rng.Between(25, 70);
                s.Add("OUTLETS", y, outlets);
                s.Add("OUTLETS_GPP", y, Math.Min(outlets, Math.Round(outlets * Math.Min(1, 0.8 + (t - 2016) * 0.03))));
            }

            foreach (var value in s.Values)
            {
                yield return value;
            }
        }
    }

    /// <summary>Yearly statistics for a province, for every completed year in range.</summary>
    public IEnumerable<RawValue> Province(long provinceId, string code, SampleProfile p, int firstYear, int lastYear)
    {
        var rng = SampleRandom.For(seed, code);
        for (var year = firstYear; year <= lastYear; year++)
        {
            var t = year + 0.5;
            var y = Period.OfYear(year);
            var s = new ValueSink(elementIds, provinceId);
            var le = p.LifeExpectancy.At(t) + rng.Normal(0, 0.1);
            s.Add("STAT_LE", y, Math.Round(le, 1));
            s.Add("STAT_HLY", y, Math.Round(le - 7.2, 1));
            s.Add("STAT_OOP", y, Math.Round(44 - (t - 2016) * 1.1 + rng.Normal(0, 0.5), 1));
            s.Add("STAT_OBESITY", y, Math.Round(8 + (t - 2016) * 0.3 + rng.Normal(0, 0.2), 1));
            s.Add("STAT_HEIGHT_M18", y, Math.Round(164.2 + (t - 2016) * 0.25, 1));
            s.Add("STAT_HEIGHT_F18", y, Math.Round(153.4 + (t - 2016) * 0.22, 1));
            var budget = Math.Round(rng.Uniform(1_200_000, 1_600_000) * (1 + (t - 2016) * 0.06));
            s.Add("BUDGET_HEALTH", y, budget);
            s.Add("BUDGET_PREVENTIVE", y, Math.Round(budget * (0.24 + (t - 2016) * 0.006)));
            foreach (var value in s.Values)
            {
                yield return value;
            }
        }
    }
}
