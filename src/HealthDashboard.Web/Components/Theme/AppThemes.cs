using MudBlazor;

namespace HealthDashboard.Web.Components.Theme;

/// <summary>
/// The app's two MudBlazor themes: <see cref="Desk"/> for the pages people work in, <see cref="Wall"/> for the meeting
/// room's screens (dark, high contrast). The status colours themselves stay in site.css (Okabe–Ito, colour-blind safe),
/// which charts and the wall's markup read too.
/// </summary>
public static class AppThemes
{
    private const string Navy = "#14324f";
    private const string Blue = "#0072b2";
    private static readonly string[] Roboto = ["Roboto", "Helvetica", "Arial", "sans-serif"];

    public static readonly MudTheme Desk = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = Blue,
            Secondary = Navy,
            AppbarBackground = Navy,
            AppbarText = "#ffffff",
            Background = "#f4f6f9",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1c2633",
            TextSecondary = "#5f6b7a",
            LinesDefault = "#dde3ea",
        },
        // Button labels as written: Vietnamese in capitals ("IN", "LƯU") reads as shouting and loses its accents' shape.
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Roboto }, Button = new ButtonTypography { TextTransform = "none" } },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "340px", AppbarHeight = "56px" },
    };

    /// <summary>White on black, with the status colours' light variants: legible across a room, by day or dimmed.</summary>
    public static readonly MudTheme Wall = new()
    {
        PaletteDark = new PaletteDark
        {
            Primary = "#56b4e9",
            Background = "#000000",
            Surface = "#101820",
            TextPrimary = "#ffffff",
            TextSecondary = "#d0d7de",
            AppbarBackground = "#000000",
        },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Roboto } },
    };
}
