namespace HealthDashboard.Web.Tests.Import;

/// <summary>
/// One bad upload: its bytes, the content type the API gets it as, the status the API must answer, and a fragment of
/// the English message the /import page must give for it and one the API must (they differ where the page reads a
/// format the API does not take, such as .xlsx).
/// </summary>
public sealed record MalformedCase(string Name, byte[] Bytes, string ContentType, int Status, string PageMessage, string ApiMessage)
{
    public override string ToString() => Name;
}
