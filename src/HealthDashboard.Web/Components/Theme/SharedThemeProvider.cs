using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace HealthDashboard.Web.Components.Theme;

/// <summary>
/// MudBlazor's theme provider, whose markup is one string for the whole server. MudThemeProvider writes its theme as
/// a &lt;style&gt; of CSS variables, about 12,000 characters, built anew for every circuit and kept in that circuit's
/// render tree for as long as it lives: 23 KB per open wall. Its own render goes into a scratch builder; each piece of
/// markup is then swapped for the equal string every other circuit already holds, so what MudBlazor writes is still
/// exactly what the page gets.
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    // A few themes in light and dark: past that, markup is not shared rather than the cache growing with it.
    private const int MaxShared = 16;
    private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(MudTheme Theme, bool Dark, bool DefaultScrollbar), string> Rendered = new();

    // The parameters the markup was written for (MudBlazor's analyzer keeps IsDarkMode's own getter for its state).
    private (MudTheme Theme, bool Dark, bool DefaultScrollbar) _key;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        _key = (parameters.GetValueOrDefault<MudTheme>(nameof(Theme)) ?? _key.Theme, parameters.GetValueOrDefault<bool>(nameof(IsDarkMode)),
            parameters.GetValueOrDefault<bool>(nameof(DefaultScrollbar)));
        return base.SetParametersAsync(parameters);
    }

    // Reading frames is Blazor's internal API (BL0006), and the sequence numbers are MudBlazor's own, passed on
    // unchanged (ASP0006): both only to hand the renderer MudBlazor's output with shared strings in it.
#pragma warning disable BL0006, ASP0006
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        using var scratch = new RenderTreeBuilder();
        base.BuildRenderTree(scratch);
        var frames = scratch.GetFrames();
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames.Array[i].FrameType != RenderTreeFrameType.Markup)
            {
                // Something other than plain markup (another MudBlazor version): rendered as MudBlazor renders it.
                base.BuildRenderTree(builder);
                return;
            }
        }

        var whole = new System.Text.StringBuilder();
        for (var i = 0; i < frames.Count; i++)
        {
            builder.AddMarkupContent(frames.Array[i].Sequence, SharedCopy(frames.Array[i].MarkupContent));
            whole.Append(frames.Array[i].MarkupContent);
        }

        if (_key.Theme is not null && Rendered.Count < MaxShared)
        {
            Rendered.TryAdd(_key, whole.ToString());
        }
    }
#pragma warning restore BL0006, ASP0006

    /// <summary>
    /// The whole markup this provider rendered for a theme, once any circuit has rendered it: <see cref="SharedTheme"/>
    /// then writes it without a MudThemeProvider of its own (each one holds a default MudTheme, about 9 KB of palettes).
    /// </summary>
    internal static string? MarkupOf(MudTheme? theme, bool dark, bool defaultScrollbar) =>
        theme is not null && Rendered.TryGetValue((theme, dark, defaultScrollbar), out var markup) ? markup : null;

    internal static string SharedCopy(string markup) =>
        Shared.TryGetValue(markup, out var shared) ? shared
        : Shared.Count < MaxShared ? Shared.GetOrAdd(markup, markup)
        : markup;
}
