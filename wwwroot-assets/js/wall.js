// Wall mode in the browser: the clock and "updated N s ago" tick here (no server round trip per second), and the
// connection is watched so a wall left alone for days comes back by itself after a network cut or a server restart.

let started = false;

export function start() {
    if (started) {
        return;
    }
    started = true;
    tick();
    setInterval(tick, 1000);
    // A new figure arrived: say "0 s ago" now, not at the next tick.
    const updated = document.querySelector('.hd-wall-updated');
    if (updated) {
        new MutationObserver(tick).observe(updated, { attributes: true, attributeFilter: ['data-updated-ms'] });
    }
    watchReconnection();
}

const pad = n => String(n).padStart(2, '0');

function tick() {
    const now = new Date();
    const clock = document.querySelector('.hd-wall-clock');
    if (clock) {
        clock.textContent = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())} · ` +
            `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
    }
    const updated = document.querySelector('.hd-wall-updated');
    const at = Number(updated?.dataset.updatedMs);
    if (updated && at > 0) {
        updated.textContent = `${updated.dataset.label} ${ago(Math.max(0, (now.getTime() - at) / 1000), updated.dataset.lang)}`;
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

function setConnection(state) {
    const indicator = document.querySelector('.hd-wall-connection');
    if (indicator) {
        indicator.dataset.state = state;
        indicator.title = indicator.dataset[state] ?? '';
    }
}

// Blazor marks #components-reconnect-modal with components-reconnect-{show,hide,retrying,failed,rejected}.
function watchReconnection() {
    const modal = document.getElementById('components-reconnect-modal');
    if (!modal) {
        return;
    }
    const onState = state => {
        if (state === 'hide') setConnection('up');
        else if (state === 'show' || state === 'retrying') setConnection('down');
        else if (state === 'failed') { setConnection('offline'); retryForever(); }
        else if (state === 'rejected') { setConnection('offline'); reloadWhenServerAnswers(); }
    };
    new MutationObserver(() => {
        const match = [...modal.classList].find(c => c.startsWith('components-reconnect-'));
        if (match) onState(match.substring('components-reconnect-'.length));
    }).observe(modal, { attributes: true, attributeFilter: ['class'] });
}

let retrying = false;

// Blazor gives up after its own few attempts; a wall must not. true: back; false: the server forgot the circuit.
async function retryForever() {
    if (retrying) return;
    retrying = true;
    while (true) {
        await new Promise(resolve => setTimeout(resolve, 5000));
        try {
            if (await window.Blazor.reconnect()) { setConnection('up'); retrying = false; return; }
            reloadWhenServerAnswers();
            return;
        } catch {
            // Still unreachable: try again.
        }
    }
}

let reloading = false;

// A restarted server does not know this page's circuit: load the page again, once the server is there to serve it.
async function reloadWhenServerAnswers() {
    if (reloading) return;
    reloading = true;
    while (true) {
        try {
            const response = await fetch('/api/status', { cache: 'no-store' });
            if (response.ok) { location.reload(); return; }
        } catch {
            // Not yet.
        }
        await new Promise(resolve => setTimeout(resolve, 5000));
    }
}
