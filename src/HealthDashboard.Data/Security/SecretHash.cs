using System.Security.Cryptography;
using System.Text;

namespace HealthDashboard.Data.Security;

/// <summary>
/// Kiosk tokens and API keys: 32 random bytes, URL-safe, with a short readable prefix. Only their SHA-256 is stored;
/// a secret this long cannot be guessed from its hash, so a slow password hash would only slow every request.
/// </summary>
public static class SecretHash
{
    public static string NewSecret(string prefix) =>
        prefix + "_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Of(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret.Trim())));
}
