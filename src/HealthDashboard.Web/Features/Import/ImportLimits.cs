using HealthDashboard.Web.Features.DataValues;

namespace HealthDashboard.Web.Features.Import;

/// <summary>How big an import may be: the same for a file on /import and a body on the API.</summary>
public static class ImportLimits
{
    /// <summary>20 MB: a province's year of monthly values is about 4 MB as CSV; more is split into several files.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>What one write takes (<see cref="DataValueValidator.MaxValues"/>).</summary>
    public const int MaxRows = DataValueValidator.MaxValues;

    /// <summary>
    /// What the server reads of a request before it answers that the file is too big: above <see cref="MaxBytes"/>, so
    /// that a 50 MB file gets the clear message rather than a dropped connection.
    /// </summary>
    public const long MaxRequestBytes = 64 * 1024 * 1024;

    public static ImportRejection TooBig(long bytes) => ImportRejection.File("file",
        $"Tệp quá lớn ({Megabytes(bytes)} MB): tối đa {Megabytes(MaxBytes)} MB. Hãy chia thành nhiều tệp nhỏ hơn.",
        $"The file is too big ({Megabytes(bytes)} MB): at most {Megabytes(MaxBytes)} MB. Please split it into smaller files.");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
