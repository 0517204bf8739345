namespace HealthDashboard.Data.Sample;

/// <summary>A level that moves over the years: straight lines between (year, value) points, flat beyond them.</summary>
public sealed class Trend(params (double Year, double Value)[] points)
{
    private readonly (double Year, double Value)[] _points = points.OrderBy(p => p.Year).ToArray();

    public double At(double year)
    {
        if (year <= _points[0].Year)
        {
            return _points[0].Value;
        }

        for (var i = 1; i < _points.Length; i++)
        {
            if (year <= _points[i].Year)
            {
                var (y0, v0) = _points[i - 1];
                var (y1, v1) = _points[i];
                return v0 + (v1 - v0) * (year - y0) / (y1 - y0);
            }
        }

        return _points[^1].Value;
    }
}
