namespace HealthDashboard.Domain.Status;

/// <summary>Where an indicator stands against its plan (glossary: Đạt, Đúng tiến độ, Có nguy cơ không đạt, Chậm tiến độ, Chưa có dữ liệu).</summary>
public enum TargetStatus
{
    NoData = 0,
    Achieved = 1,
    OnTrack = 2,
    AtRisk = 3,
    OffTrack = 4,
}
