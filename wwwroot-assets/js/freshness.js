// "Cập nhật 12 giây trước" / "Updated 12 s ago" on any element with data-updated-ms (and data-label, data-lang),
// ticking in the browser once a second; a changed stamp is redrawn at once.

let started = false;

export function start() {
    if (started) {
        return;
    }
    started = true;
    tick();
    setInterval(tick, 1000);
    new MutationObserver(tick).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-updated-ms'] });
}

export function tick() {
    const now = Date.now();
    for (const element of document.querySelectorAll('[data-updated-ms]')) {
        const at = Number(element.dataset.updatedMs);
        if (at > 0) {
            element.textContent = `${element.dataset.label} ${ago(Math.max(0, (now - at) / 1000), element.dataset.lang)}`;
        }
    }
}

// The glossary's form: "Cập nhật 12 giây trước" / "Updated 12 s ago".
export function ago(seconds, lang) {
    const vi = lang === 'vi';
    if (seconds < 60) return vi ? `${Math.floor(seconds)} giây trước` : `${Math.floor(seconds)} s ago`;
    if (seconds < 3600) return vi ? `${Math.floor(seconds / 60)} phút trước` : `${Math.floor(seconds / 60)} min ago`;
    if (seconds < 86400) return vi ? `${Math.floor(seconds / 3600)} giờ trước` : `${Math.floor(seconds / 3600)} h ago`;
    return vi ? `${Math.floor(seconds / 86400)} ngày trước` : `${Math.floor(seconds / 86400)} d ago`;
}
