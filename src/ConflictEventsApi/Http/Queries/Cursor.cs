using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ConflictEventsApi.Http.Queries;

/// <summary>
/// Opaque keyset cursors: the sort key of the last item of a page, bound to the endpoint and
/// filters it was issued for and signed, so a tampered or transplanted cursor is a 400, not a
/// wrong page. Not a secret: the signature only detects changes.
/// </summary>
public static class Cursor
{
    private static readonly byte[] SigningKey = "conflict-events-api/cursor/v1"u8.ToArray();
    private const char Separator = '\u001f';

    public static string Encode(string scope, params string[] keys)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join(Separator, keys));
        var signature = Sign(scope, payload);
        return Base64Url.EncodeToString([.. signature, .. payload]);
    }

    public static bool TryDecode(string cursor, string scope, out string[] keys)
    {
        keys = [];
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return false;
        }
        const int signatureLength = 16;
        if (bytes.Length <= signatureLength) return false;
        var payload = bytes.AsSpan(signatureLength);
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(0, signatureLength), Sign(scope, payload)))
            return false;
        keys = Encoding.UTF8.GetString(payload).Split(Separator);
        return true;
    }

    private static byte[] Sign(string scope, ReadOnlySpan<byte> payload)
    {
        var scopeBytes = Encoding.UTF8.GetBytes(scope);
        byte[] message = [.. scopeBytes, 0, .. payload];
        var signed = HMACSHA256.HashData(SigningKey, message);
        return signed[..16];
    }
}
