namespace HealthDashboard.Web.Components;

/// <summary>
/// A page whose head the server writes once (App.razor reads it from the endpoint): no interactive HeadOutlet, so its
/// circuit holds no head outlet, sections and title components, which a screen that stays open for days would keep
/// all along. For walls: nobody reads a kiosk's tab title; the page's title is the product's name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StaticHeadAttribute : Attribute;
