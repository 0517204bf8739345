namespace HealthDashboard.Data.Sample;

/// <summary>
/// How a province's health situation moves over the years in the sample data, in the plans' own units
/// (coverage in %, mortality in ‰ of live births). Levels follow the plans: e.g. An Giang's insurance coverage is
/// 76.5 % at the end of 2017 and rises towards its 2020 and 2025 targets.
/// </summary>
public sealed record SampleProfile
{
    public int PopulationMin { get; init; } = 6_000;
    public int PopulationMax { get; init; } = 22_000;
    public required Trend InsuranceCoverage { get; init; }
    public required Trend Immunisation { get; init; }
    public required Trend InfantMortality { get; init; }
    public double Under5OverInfant { get; init; } = 1.4;
    public required Trend Stunting { get; init; }
    public required Trend Underweight { get; init; }
    public Trend HealthManaged { get; init; } = new((2016, 40), (2020, 80), (2025, 91), (2030, 96));
    public Trend ElectronicRecords { get; init; } = new((2019, 0), (2021, 10), (2024, 62), (2030, 95));
    public Trend StationDoctor { get; init; } = new((2016, 70), (2020, 80), (2025, 88), (2030, 100));
    public Trend StationMidwife { get; init; } = new((2016, 85), (2025, 96));
    public Trend StationPharmacy { get; init; } = new((2016, 40), (2025, 70));
    public Trend StationTraditional { get; init; } = new((2016, 35), (2025, 65));
    public Trend StationNcd { get; init; } = new((2016, 50), (2020, 85), (2025, 94));
    public Trend CommuneCriteria { get; init; } = new((2016, 60), (2020, 85), (2025, 92));
    public Trend VisitsPerPerson { get; init; } = new((2016, 1.8), (2025, 2.5));
    public Trend BirthRate { get; init; } = new((2016, 17), (2025, 14.5));
    public Trend ThirdChildShare { get; init; } = new((2016, 22), (2025, 17));
    public Trend Satisfaction { get; init; } = new((2016, 72), (2025, 88));
    public Trend DistrictBedsPer10K { get; init; } = new((2016, 20), (2025, 27));
    public Trend DistrictDoctorsPer10K { get; init; } = new((2016, 6.5), (2025, 9.5));
    public Trend LifeExpectancy { get; init; } = new((2016, 72.8), (2025, 74.4));
}
