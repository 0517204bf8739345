// Wall mode in the browser: the clock and (freshness.js) "updated N s ago" tick here (no server round trip per second), and the
// connection is watched so a wall left alone for days comes back by itself after a network cut or a server restart.

import { start as startFreshness } from './freshness.js';

let started = false;

/** Starts the clock and the watchers once; returns the screen's size over 1920×1080, which the server's charts scale by. */
export function start() {
    if (!started) {
        started = true;
        tick();
        setInterval(tick, 1000);
        startFreshness();
        watchReconnection();
    }
    return screenScale();
}

// In quarter steps, never below 1: a 4K wall is 2, a 1920×1080 one (or a smaller window) 1.
function screenScale() {
    const scale = Math.min(window.innerWidth / 1920, window.innerHeight / 1080);
    return Math.max(1, Math.round(scale * 4) / 4);
}

const pad = n => String(n).padStart(2, '0');

function tick() {
    const now = new Date();
    const clock = document.querySelector('.hd-wall-clock');
    if (clock) {
        clock.textContent = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())} · ` +
            `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
    }
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
    const follow = () => {
        const match = [...modal.classList].find(c => c.startsWith('components-reconnect-'));
        if (match) onState(match.substring('components-reconnect-'.length));
    };
    new MutationObserver(follow).observe(modal, { attributes: true, attributeFilter: ['class'] });
    // The connection may have dropped between the first render and this module starting: act on it now too.
    follow();
    // Marks the dot as watched, so "up" from here on is the live state, not just the server-rendered default.
    const indicator = document.querySelector('.hd-wall-connection');
    if (indicator) indicator.dataset.watched = 'true';
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
