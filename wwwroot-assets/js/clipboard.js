// The copy button beside a secret shown once (one-time password, kiosk address, API key).
// MudBlazor's own copy (IJsApiService.CopyToClipboardAsync) neither waits for the browser's answer nor works where
// navigator.clipboard is missing: on a plain-http intranet address, which is how wall PCs and offices reach the app.
// This one answers true only once the text is on the clipboard, so the page never says "copied" when it was not.

export async function copy(text, input) {
    if (navigator.clipboard && window.isSecureContext) {
        try {
            await navigator.clipboard.writeText(text);
            return true;
        } catch {
            // Refused (no permission, page not focused): try the older way below.
        }
    }
    return copySelected(input);
}

// The older way: select the read-only field and let the browser copy its selection.
function copySelected(input) {
    if (!input || typeof input.select !== 'function') {
        return false;
    }
    input.focus();
    input.select();
    try {
        return document.execCommand('copy');
    } catch {
        return false;
    }
}
