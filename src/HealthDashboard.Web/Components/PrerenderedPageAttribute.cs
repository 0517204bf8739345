namespace HealthDashboard.Web.Components;

/// <summary>
/// A page rendered on the server with its first answer, before its circuit starts (App.razor reads it from the
/// endpoint). Only for a page people open first and that loads little: a prerendered page loads its data twice, once
/// to prerender and once in the circuit.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PrerenderedPageAttribute : Attribute;
