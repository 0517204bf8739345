using System.Text;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// Turns a text file's bytes into text, strictly: UTF-8 (with or without its byte-order mark) or UTF-16 with one.
/// Anything else is refused with a message rather than guessed at, because a guess (Windows-1258, TCVN3) would
/// store wrong diacritics in comments without anyone noticing.
/// </summary>
public static class ImportTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(byte[] bytes, out string text, out ImportRejection? problem)
    {
        (text, problem) = ("", null);
        try
        {
            if (bytes is [0xFF, 0xFE, ..])
            {
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
                return true;
            }

            if (bytes is [0xFE, 0xFF, ..])
            {
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
                return true;
            }

            var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            if (Array.IndexOf(bytes, (byte)0, start, Math.Min(bytes.Length - start, 8192)) >= 0)
            {
                problem = ImportRejection.File("file", "Tệp không phải là tệp văn bản (CSV, JSON) hay bảng tính .xlsx: hãy chọn đúng tệp.",
                    "The file is not a text file (CSV, JSON) or an .xlsx spreadsheet: please choose the right file.");
                return false;
            }

            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            return true;
        }
        catch (ArgumentException)
        {
            // DecoderFallbackException is an ArgumentException.
            problem = ImportRejection.File("file",
                "Tệp không được mã hóa UTF-8 (có thể là Windows-1258 hoặc TCVN3). Trong Excel, hãy lưu bằng \"CSV UTF-8\".",
                "The file is not UTF-8 text (it may be Windows-1258 or TCVN3). In Excel, save it as \"CSV UTF-8\".");
            return false;
        }
    }
}
