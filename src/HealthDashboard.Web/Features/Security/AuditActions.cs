namespace HealthDashboard.Web.Features.Security;

/// <summary>The audit log's action names for sign-ins and admin work (data changes keep the data writer's own).</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignOut = "sign-out";
    public const string PasswordChanged = "password-change";
    public const string KioskSignIn = "kiosk-sign-in";
    public const string UserCreated = "user-create";
    public const string UserUpdated = "user-update";
    public const string UserDisabled = "user-disable";
    public const string UserEnabled = "user-enable";
    public const string PasswordReset = "password-reset";
    public const string SessionEnded = "session-end";
    public const string KioskCreated = "kiosk-create";
    public const string KioskRevoked = "kiosk-revoke";
    public const string ApiKeyCreated = "apikey-create";
    public const string ApiKeyRevoked = "apikey-revoke";
    public const string JobScheduled = "job-schedule";
    public const string JobPaused = "job-pause";
    public const string JobResumed = "job-resume";
    public const string JobRun = "job-run";
    public const string PlaylistSaved = "playlist-save";
    public const string PlaylistDeleted = "playlist-delete";
    public const string QualityResolved = "quality-resolve";
}
