using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Charts;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Localization;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using SymbolEnum = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum;

namespace HealthDashboard.Web.Features.Trends;

/// <summary>
/// A <see cref="TrendView"/> as a Plotly figure: the unit bold, its parent dashed, its peers thin and grey under them,
/// and the plan's roadmap dotted with a star at each target; every label in the reader's language and number format.
/// </summary>
public static class TrendFigureBuilder
{
    public static ChartFigure From(TrendView view, ChartTheme theme, TrendsText text, OverviewText numbers)
    {
        var traces = new List<ITrace>();
        var peerShown = false;
        // Peers first, so the unit and its parent are drawn over them.
        foreach (var line in view.Lines.OrderByDescending(l => l.Role))
        {
            var peer = line.Role == TrendRole.Peer;
            traces.Add(Line(view, line, peer && peerShown, theme, text, numbers));
            peerShown |= peer;
        }

        traces.AddRange(view.TargetPath.Select((segment, i) => Roadmap(view, segment, i == 0, theme, text, numbers)));
        return new ChartFigure(traces, Layout(view, theme, numbers), view.SnapshotVersion);
    }

    private static Scatter Line(TrendView view, TrendLine line, bool inLegendAlready, ChartTheme theme, TrendsText text, OverviewText numbers)
    {
        var vi = Bilingual.IsVietnamese;
        var peer = line.Role == TrendRole.Peer;
        var name = line.Unit.Name(vi);
        return new Scatter
        {
            Name = peer ? text.Peers : name,
            LegendGroup = peer ? "peers" : line.Unit.Code,
            ShowLegend = !inLegendAlready,
            Mode = line.Points.Count < 2 ? ModeFlag.Markers : ModeFlag.Lines,
            X = line.Points.Select(p => (object)ChartFormat.X(p.Period)).ToList(),
            Y = line.Points.Select(p => (object)p.Result.Value!.Value).ToList(),
            // A wall's plot is static: no pointer, so no hover texts to keep.
            TextArray = theme.Wall ? null : line.Points.Select(p => $"{p.Label}: {ChartFormat.Label(numbers, view.Indicator, p.Result, Bilingual.Pick("KTC 95%", "95% CI"))}").ToList(),
            HoverTemplate = theme.Wall ? null : $"%{{text}}<extra>{name}</extra>",
            Meta = new { role = line.Role.ToString().ToLowerInvariant(), code = line.Unit.Code },
            Line = new Line
            {
                Color = line.Role switch
                {
                    TrendRole.Unit => theme.Unit, TrendRole.Parent => theme.Parent,
                    TrendRole.Picked => PickedColours[PickedIndex(view, line) % PickedColours.Length], _ => theme.Peer,
                },
                Width = line.Role switch { TrendRole.Unit => theme.Pick(3.5, 6), TrendRole.Parent or TrendRole.Picked => theme.Px(2), _ => theme.Px(1) },
                Dash = line.Role == TrendRole.Parent ? "dash" : "solid",
            },
        };
    }

    // Okabe–Ito hues the unit, parent and roadmap do not use, so a picked unit is never mistaken for them.
    private static readonly string[] PickedColours = ["#E69F00", "#009E73", "#D55E00", "#56B4E9", "#8C6D31", "#7F3C8D"];

    private static int PickedIndex(TrendView view, TrendLine line) =>
        view.Lines.Where(l => l.Role == TrendRole.Picked).ToList().IndexOf(line);

    private static Scatter Roadmap(TrendView view, RoadmapLeg segment, bool first, ChartTheme theme, TrendsText text, OverviewText numbers)
    {
        var goal = $"{text.Target} {segment.Goal.Year}: {ComparatorSymbols.ToDisplay(segment.Goal.Comparator)} {ChartFormat.Value(numbers, view.Indicator, segment.Goal.Value)} ({segment.Goal.PlanCode})";
        // A baseline that already meets the target starts a level line at the target: the roadmap never leads away from it.
        var (x, y, labels) = segment is { FromYear: { } fromYear, FromValue: { } fromValue, StartValue: { } start }
            ? (new[] { ChartFormat.X(fromYear), ChartFormat.X(segment.Goal.Year) }, new[] { start, segment.Goal.Value },
                new[] { $"{(segment.FromActual ? text.ActualBaseline : text.Baseline)} {fromYear}: {ChartFormat.Value(numbers, view.Indicator, fromValue)}{(segment.Holds ? $" ({text.HoldsTarget})" : "")}", goal })
            : (new[] { ChartFormat.X(segment.Goal.Year) }, new[] { segment.Goal.Value }, new[] { goal });
        return new Scatter
        {
            Name = text.Roadmap,
            LegendGroup = "roadmap",
            ShowLegend = first,
            Mode = x.Length > 1 ? ModeFlag.Lines | ModeFlag.Markers : ModeFlag.Markers,
            X = [.. x],
            Y = y.Select(v => (object)v).ToList(),
            TextArray = labels,
            HoverTemplate = "%{text}<extra></extra>",
            Meta = new { role = "target" },
            Line = new Line { Color = theme.Path, Width = theme.Px(2), Dash = "dot" },
            Marker = new Marker
            {
                Color = theme.Path,
                Size = theme.Pick(9, 16),
                // The target itself is a star; the baseline it starts from a ring.
                SymbolArray = x.Select((_, i) => (SymbolEnum?)(i == x.Length - 1 ? SymbolEnum.Star : SymbolEnum.CircleOpen)).ToList(),
            },
        };
    }

    /// <summary>
    /// Every year labelled on a wall (wide, read from afar) and where there are few years. Elsewhere plotly picks the
    /// step for the plot's width (at most ten labels): a phone's fifteen years, each labelled, were drawn vertical. Under
    /// six years its own step could be half a year, whose labels would repeat the year.
    /// </summary>
    private static string? YearStep(TrendView view, ChartTheme theme)
    {
        if (view.PeriodType != PeriodType.Year)
        {
            return null;
        }

        var years = view.Lines.SelectMany(l => l.Points.Select(p => p.Period.Year))
            .Concat(view.TargetPath.SelectMany(s => s.FromYear is { } from ? new[] { from, s.Goal.Year } : [s.Goal.Year]))
            .ToList();
        return theme.Wall || years.Count == 0 || years.Max() - years.Min() < 6 ? "M12" : null;
    }

    private static Layout Layout(TrendView view, ChartTheme theme, OverviewText numbers)
    {
        var vi = Bilingual.IsVietnamese;
        var layout = ChartLayouts.Base(theme);
        // A wall slide gives the chart the height it leaves (wall.css); a desk page a fixed one.
        layout.Height = theme.Wall ? null : 460;
        layout.ShowLegend = true;
        layout.Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.18m }];
        layout.XAxis =
        [
            new XAxis
            {
                Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date,
                TickFormat = view.PeriodType == PeriodType.Year ? "%Y" : vi ? "%m/%Y" : "%b %Y",
                // Labels sit in the middle of their period, where the period's value is drawn.
                TickLabelMode = Plotly.Blazor.LayoutLib.XAxisLib.TickLabelModeEnum.Period,
                DTick = YearStep(view, theme),
                GridColor = theme.Grid,
                LineColor = theme.Ink,
            },
        ];
        layout.YAxis =
        [
            new YAxis
            {
                Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = numbers.Unit(view.Indicator.Unit) },
                GridColor = theme.Grid,
                ZeroLineColor = theme.Grid,
            },
        ];
        return layout;
    }
}
