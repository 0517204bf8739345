namespace HealthDashboard.Data.Sample;

/// <summary>The sample provinces' profiles, set near each plan's baseline and targets so the sample tells a real story.</summary>
public static class SampleProfiles
{
    public static SampleProfile For(string provinceCode) => provinceCode switch
    {
        "AG" => new SampleProfile
        {
            PopulationMin = 7_000, PopulationMax = 22_000,
            InsuranceCoverage = new((2016, 71.5), (2017.95, 76.5), (2020, 88.5), (2025, 93.8), (2027, 95)),
            Immunisation = new((2016, 93), (2025, 96)),
            InfantMortality = new((2016, 14.5), (2020, 12.3), (2025, 11)),
            Stunting = new((2016, 26), (2020, 21), (2025, 19)),
            Underweight = new((2016, 14), (2025, 10)),
        },
        "BP" => new SampleProfile
        {
            PopulationMin = 6_000, PopulationMax = 20_000,
            InsuranceCoverage = new((2016, 70), (2020, 85), (2025, 92), (2027, 94)),
            Immunisation = new((2016, 90), (2025, 94.5)),
            InfantMortality = new((2016, 11), (2025, 7)),
            Stunting = new((2016, 27), (2025, 21)),
            Underweight = new((2016, 15), (2025, 11)),
        },
        "KT" => new SampleProfile
        {
            PopulationMin = 3_000, PopulationMax = 12_000,
            InsuranceCoverage = new((2016, 88), (2020, 91), (2025, 94)),
            Immunisation = new((2016, 86), (2025, 93)),
            InfantMortality = new((2016, 36), (2025, 30)),
            Under5OverInfant = 1.55,
            Stunting = new((2016, 41), (2025, 34)),
            Underweight = new((2016, 22), (2025, 17.5)),
            StationDoctor = new((2016, 55), (2025, 78)),
            LifeExpectancy = new((2016, 66.5), (2025, 68.3)),
        },
        "LC" => new SampleProfile
        {
            PopulationMin = 2_500, PopulationMax = 9_000,
            InsuranceCoverage = new((2016, 93), (2024, 96.5)),
            Immunisation = new((2016, 88), (2024, 94.6)),
            InfantMortality = new((2016, 33), (2024, 28.5)),
            Under5OverInfant = 1.5,
            Stunting = new((2016, 28), (2024, 21)),
            Underweight = new((2016, 20), (2024, 15.5)),
            StationDoctor = new((2016, 50), (2024, 72)),
            LifeExpectancy = new((2016, 66), (2025, 67.5)),
        },
        _ => new SampleProfile
        {
            InsuranceCoverage = new((2016, 80), (2025, 93)),
            Immunisation = new((2016, 92), (2025, 95)),
            InfantMortality = new((2016, 16), (2025, 12)),
            Stunting = new((2016, 25), (2025, 19)),
            Underweight = new((2016, 14), (2025, 11)),
        },
    };
}
