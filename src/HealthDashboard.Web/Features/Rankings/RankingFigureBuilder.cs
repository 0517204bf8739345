using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Status;
using HealthDashboard.Web.Features.Charts;
using HealthDashboard.Web.Features.Overview;
using HealthDashboard.Web.Features.Trends;
using HealthDashboard.Web.Localization;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.BarLib;
using Plotly.Blazor.Traces.BarLib.MarkerLib;
using Plotly.Blazor.Traces.BarLib.MarkerLib.PatternLib;

namespace HealthDashboard.Web.Features.Rankings;

/// <summary>
/// A <see cref="RankingView"/> as horizontal bars, best first, one trace per status so the legend names each colour,
/// with the target as a dashed line. Children without data stay off the chart (the page lists them). On a narrow
/// screen (a phone) each unit's name goes above its bar instead of beside it, so the bars keep the width.
/// </summary>
public static class RankingFigureBuilder
{
    /// <summary>A row's height on a narrow screen: the name's line above the bar, and the bar.</summary>
    private const int NarrowRow = 46;

    public static ChartFigure From(RankingView view, ChartTheme theme, RankingsText text, OverviewText numbers, bool narrow = false)
    {
        var bars = view.Rows.Where(r => r.Result.HasValue).ToList();
        var traces = bars.GroupBy(r => r.Status.Status).Select(group => (ITrace)Bars(view, group.Key, [.. group], theme, text, numbers)).ToList();
        var layout = Layout(view, bars, theme, text, numbers);
        if (narrow && !theme.Wall)
        {
            NamesAboveBars(layout, bars);
        }

        return new ChartFigure(traces, layout, view.SnapshotVersion);
    }

    /// <summary>
    /// At 390 px the names beside the bars (about 150 px) and the values after them left the bars a few pixels, so the
    /// chart had to scroll sideways in its box. Here the name is a line of its own above the bar, from the axis.
    /// </summary>
    private static void NamesAboveBars(Layout layout, IReadOnlyList<RankingRow> bars)
    {
        var vi = Bilingual.IsVietnamese;
        layout.Margin = new Margin { L = 8, R = 64, T = 64, B = 110 };
        // The first name reaches a little above the plot: the target's label (the only annotation yet) goes higher.
        if (layout.Annotations is [var target])
        {
            target.YShift = 20;
        }

        layout.Height = Math.Max(240, bars.Count * NarrowRow + 150);
        layout.BarGap = 0.5m;
        layout.YAxis[0].ShowTickLabels = false;
        layout.YAxis[0].AutoMargin = null;
        var names = bars.Select(r => new Annotation
        {
            XRef = "x",
            YRef = "y",
            X = 0,
            Y = r.Unit.Code,
            XAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.XAnchorEnum.Left,
            YAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.YAnchorEnum.Bottom,
            // Half the bar's thickness (half the row, bar gap 0.5): the name sits just on top of the bar.
            YShift = NarrowRow / 4m,
            Text = r.Unit.Name(vi),
            ShowArrow = false,
        });
        layout.Annotations = [.. layout.Annotations ?? [], .. names];
    }

    private static Bar Bars(RankingView view, TargetStatus status, IReadOnlyList<RankingRow> rows, ChartTheme theme, RankingsText text, OverviewText numbers)
    {
        var vi = Bilingual.IsVietnamese;
        var statusName = text.StatusName(status, true);
        return new Bar
        {
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            // Counted in the legend: "Chưa đủ số liệu để kết luận (12)" says how much of the ranking is not judged.
            Name = $"{statusName} ({rows.Count})",
            Y = rows.Select(r => (object)r.Unit.Code).ToList(),
            X = rows.Select(r => (object)r.Result.Value!.Value).ToList(),
            // The value alone beside the bar: an unstable one's counts and interval are in its hover, the table and
            // its error bar, and written out here they ran into the error bars and past a phone's edge.
            TextArray = rows.Select(r => ChartFormat.Value(numbers, view.Indicator, r.Result.Value!.Value)).ToList(),
            TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Outside,
            ClipOnAxis = false,
            // A wall's plot is static: no pointer, so no hover texts to keep in its circuit.
            HoverTemplate = theme.Wall ? null : "%{customdata}<extra></extra>",
            CustomData = theme.Wall ? null : rows.Select(r => (object)$"{r.Unit.Name(vi)}: {ChartFormat.Label(numbers, view.Indicator, r.Result, text.Interval)} ({statusName})").ToList(),
            Meta = new { status = TargetStatusNames.Of(status) },
            // An unstable value's 95 % interval as an error bar (none on the others), so its width can be seen.
            ErrorX = rows.Any(r => r.Result.Interval95 is not null) ? new ErrorX
            {
                Type = Plotly.Blazor.Traces.BarLib.ErrorXLib.TypeEnum.Data,
                Symmetric = false,
                Array = rows.Select(r => (object)(r.Result.Interval95 is { } ci ? Math.Max(0, ci.High - r.Result.Value!.Value) : 0)).ToList(),
                ArrayMinus = rows.Select(r => (object)(r.Result.Interval95 is { } ci ? Math.Max(0, r.Result.Value!.Value - ci.Low) : 0)).ToList(),
                // Lighter than the ink, so the value written across it stays legible.
                Color = theme.Wall ? "rgba(255,255,255,0.6)" : "rgba(28,38,51,0.5)",
                Thickness = theme.Px(1.5),
                Width = theme.Px(4),
                Visible = true,
            } : null,
            Marker = new Marker
            {
                Color = StatusColours.Of(status),
                // Small denominators are hatched: the rate rests on few events and is shown with its counts and interval.
                Pattern = new Pattern
                {
                    ShapeArray = rows.Select(r => (ShapeEnum?)(r.Result.Unstable ? ShapeEnum.Slash : ShapeEnum.Empty)).ToList(),
                    FillMode = FillModeEnum.Overlay,
                    FgColor = theme.Paper,
                    Solidity = 0.3m,
                },
                Line = new Plotly.Blazor.Traces.BarLib.MarkerLib.Line
                {
                    Color = theme.Ink,
                    WidthArray = rows.Select(r => (decimal?)(r.Result.Unstable ? 1 : 0)).ToList(),
                },
            },
        };
    }

    /// <summary>About where the value axis ends: the longest bar, error bar or the target.</summary>
    private static double AxisEnd(IReadOnlyList<RankingRow> bars, double target) =>
        bars.Select(r => r.Result.Interval95?.High ?? r.Result.Value ?? 0).Append(target).Max();

    private static Layout Layout(RankingView view, IReadOnlyList<RankingRow> bars, ChartTheme theme, RankingsText text, OverviewText numbers)
    {
        var vi = Bilingual.IsVietnamese;
        var layout = ChartLayouts.Base(theme);
        // On the right only the bars' values ("99,2%"): the target's label ends at its line (below), not past it.
        layout.Margin = new Margin { L = theme.Pick(190, 360), R = theme.Pick(110, 180), T = theme.Pick(40, 60), B = theme.Pick(110, 190) };
        layout.Height = theme.Wall ? null : Math.Max(240, bars.Count * 30 + 150);
        layout.BarMode = Plotly.Blazor.LayoutLib.BarModeEnum.Overlay;
        layout.ShowLegend = true;
        // Below the axis: the target's label has the top to itself.
        layout.Legend =
        [
            new Legend
            {
                Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H,
                X = 0,
                XAnchor = Plotly.Blazor.LayoutLib.LegendLib.XAnchorEnum.Left,
                Y = 0,
                YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom,
                YRef = Plotly.Blazor.LayoutLib.LegendLib.YRefEnum.Container,
            },
        ];
        if (view.Target is { } target)
        {
            layout.Shapes =
            [
                new Shape
                {
                    Type = Plotly.Blazor.LayoutLib.ShapeLib.TypeEnum.Line,
                    XRef = "x",
                    YRef = "paper",
                    X0 = target.Value,
                    X1 = target.Value,
                    Y0 = 0,
                    Y1 = 1,
                    Line = new Plotly.Blazor.LayoutLib.ShapeLib.Line { Color = theme.Ink, Width = theme.Px(2), Dash = "dash" },
                },
            ];
            layout.Annotations =
            [
                new Annotation
                {
                    XRef = "x",
                    YRef = "paper",
                    X = target.Value,
                    Y = 1,
                    YAnchor = Plotly.Blazor.LayoutLib.AnnotationLib.YAnchorEnum.Bottom,
                    // Ending at its line, or starting there when the line is in the axis's left half (wide error
                    // bars stretch the axis): ending there, it ran off the left of a phone's chart.
                    XAnchor = target.Value < AxisEnd(bars, target.Value) / 2
                        ? Plotly.Blazor.LayoutLib.AnnotationLib.XAnchorEnum.Left
                        : Plotly.Blazor.LayoutLib.AnnotationLib.XAnchorEnum.Right,
                    Text = $"{text.Target} {target.Year}: {ComparatorSymbols.ToDisplay(target.Comparator)} {ChartFormat.Value(numbers, view.Indicator, target.Value)}",
                    ShowArrow = false,
                },
            ];
        }

        layout.XAxis =
        [
            new XAxis
            {
                Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = numbers.Unit(view.Indicator.Unit), Standoff = theme.Pick(10, 20) },
                GridColor = theme.Grid,
                RangeMode = Plotly.Blazor.LayoutLib.XAxisLib.RangeModeEnum.ToZero,
            },
        ];
        layout.YAxis =
        [
            new YAxis
            {
                Type = Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Category,
                AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed,
                CategoryOrder = Plotly.Blazor.LayoutLib.YAxisLib.CategoryOrderEnum.Array,
                CategoryArray = bars.Select(r => (object)r.Unit.Code).ToList(),
                TickVals = bars.Select(r => (object)r.Unit.Code).ToList(),
                TickText = bars.Select(r => (object)r.Unit.Name(vi)).ToList(),
                // "left", not True: the library writes True as the string "True", which plotly ignores.
                AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.Left,
            },
        ];
        return layout;
    }
}
