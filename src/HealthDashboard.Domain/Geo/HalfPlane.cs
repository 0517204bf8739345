namespace HealthDashboard.Domain.Geo;

/// <summary>The points p with Dot(<see cref="Normal"/>, p) &lt;= <see cref="Offset"/>: the side a clip keeps.</summary>
public readonly record struct HalfPlane(GeoPoint Normal, double Offset)
{
    /// <summary>
    /// The points at least as close to <paramref name="site"/> as to <paramref name="other"/>: the side of their
    /// perpendicular bisector that holds <paramref name="site"/>. Closer(a, b) and Closer(b, a) describe exactly the same
    /// line (every term only changes sign), so the two neighbouring Voronoi cells share their edge without a gap.
    /// </summary>
    public static HalfPlane Closer(GeoPoint site, GeoPoint other)
    {
        var normal = other - site;
        var middle = (site + other) * 0.5;
        return new HalfPlane(normal, GeoPoint.Dot(normal, middle));
    }

    /// <summary>Negative inside, zero on the line, positive outside.</summary>
    public double Evaluate(GeoPoint point) => GeoPoint.Dot(Normal, point) - Offset;
}
