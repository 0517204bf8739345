namespace HealthDashboard.Domain.Geo;

/// <summary>
/// A point in degrees, longitude first because GeoJSON orders coordinates that way. The sample tiler treats degrees as
/// planar coordinates: the shapes are placeholders, so the distortion of ignoring the earth's curvature does not matter.
/// </summary>
public readonly record struct GeoPoint(double Lon, double Lat)
{
    public static GeoPoint operator +(GeoPoint a, GeoPoint b) => new(a.Lon + b.Lon, a.Lat + b.Lat);

    public static GeoPoint operator -(GeoPoint a, GeoPoint b) => new(a.Lon - b.Lon, a.Lat - b.Lat);

    public static GeoPoint operator *(GeoPoint a, double factor) => new(a.Lon * factor, a.Lat * factor);

    public static double Dot(GeoPoint a, GeoPoint b) => (a.Lon * b.Lon) + (a.Lat * b.Lat);

    /// <summary>The z component of the 3-D cross product: positive when <paramref name="b"/> turns left of <paramref name="a"/>.</summary>
    public static double Cross(GeoPoint a, GeoPoint b) => (a.Lon * b.Lat) - (a.Lat * b.Lon);

    public double Length => Math.Sqrt(Dot(this, this));
}
