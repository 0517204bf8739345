namespace HealthDashboard.Domain.Status;

/// <summary>
/// Where an indicator stands against its plan (glossary: Đạt, Đúng tiến độ, Có nguy cơ không đạt, Chậm tiến độ,
/// Không đạt, Chưa đủ số liệu để kết luận, Chưa có dữ liệu). "Off track" is for a target still ahead; once its year has come, a target is either
/// achieved or not achieved.
/// </summary>
public enum TargetStatus
{
    NoData = 0,
    Achieved = 1,
    OnTrack = 2,
    AtRisk = 3,
    OffTrack = 4,
    NotAchieved = 5,

    /// <summary>An unstable value whose 95 % interval holds what it is judged against: it could be either side.</summary>
    NotEnoughData = 6,
}
