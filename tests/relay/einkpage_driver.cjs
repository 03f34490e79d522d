// Drives headless Chromium over the DevTools protocol on a pipe (no npm
// package, no network): opens an e-ink page of inkchat-relay with the
// device cookie and reports, as one JSON line, what the page did.
//
// usage: node einkpage_driver.cjs CHROMIUM URL TOKEN MODE SCREENSHOT
//   MODE: eventsource | polling (EventSource removed) | noscript
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [chromium, url, token, mode, screenshot] = process.argv.slice(2);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'einkpage-'));
const browser = spawn(chromium, ['--headless=new', '--remote-debugging-pipe', '--no-sandbox', '--disable-gpu',
    '--no-first-run', '--user-data-dir=' + profile, '--window-size=758,1024', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
const toBrowser = browser.stdio[3];
const fromBrowser = browser.stdio[4];

let nextId = 1;
let onLoad = null;
const waiting = new Map();
let buffered = '';
fromBrowser.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
        const message = JSON.parse(buffered.slice(0, end));
        buffered = buffered.slice(end + 1);
        if (message.method === 'Page.loadEventFired' && onLoad) onLoad();
        if (message.id && waiting.has(message.id)) {
            const { resolve, reject } = waiting.get(message.id);
            waiting.delete(message.id);
            if (message.error) reject(new Error(JSON.stringify(message.error)));
            else resolve(message.result);
        }
    }
});
function send(method, params = {}, sessionId) {
    const id = nextId++;
    toBrowser.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Counts the page's DOM updates, from the end of its first render on.
const observer = `
window.__mutations = [];
document.addEventListener('DOMContentLoaded', function () {
    new MutationObserver(function () { window.__mutations.push(performance.now()); })
        .observe(document.body, { childList: true, characterData: true, subtree: true });
});`;

async function main() {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    const call = (method, params) => send(method, params, sessionId);
    await call('Page.enable');
    await call('Network.enable');
    await call('Emulation.setDeviceMetricsOverride', { width: 758, height: 1024, deviceScaleFactor: 1, mobile: false });
    await call('Network.setCookie', { name: 'inkchat_relay', value: token, url });
    await call('Page.addScriptToEvaluateOnNewDocument', { source: observer });
    if (mode === 'polling')
        await call('Page.addScriptToEvaluateOnNewDocument', { source: 'delete window.EventSource; window.EventSource = undefined;' });
    if (mode === 'noscript')
        await call('Emulation.setScriptExecutionDisabled', { value: true });
    const loaded = new Promise((resolve) => { onLoad = resolve; });
    await call('Page.navigate', { url });
    await loaded;
    const evaluate = async (expression) =>
        (await call('Runtime.evaluate', { expression, returnByValue: true })).result.value;
    let result = {};
    if (mode === 'noscript') {
        const { root } = await call('DOM.getDocument', { depth: -1 });
        result.html = (await call('DOM.getOuterHTML', { nodeId: root.nodeId })).outerHTML;
    } else {
        for (let i = 0; i < 600; i++) {
            const stats = await evaluate('window.inkStats ? JSON.stringify(window.inkStats) : ""');
            if (stats && JSON.parse(stats).done) break;
            await sleep(100);
        }
        result.stats = JSON.parse(await evaluate('JSON.stringify(window.inkStats || {})'));
        result.mutations = await evaluate('window.__mutations');
        result.lastPage = await evaluate('document.getElementById("page-text").textContent');
        result.pageLabel = await evaluate('document.getElementById("page-label").textContent');
    }
    const shot = await call('Page.captureScreenshot', { format: 'png' });
    fs.writeFileSync(screenshot, Buffer.from(shot.data, 'base64'));
    if (mode !== 'noscript') {
        // Paging: back to the first page, as a reader taps Previous.
        result.firstPage = await evaluate(
            'var p = document.getElementById("prev"); while (p.style.visibility === "visible") p.onclick();' +
            'document.getElementById("page-text").textContent');
    }
    process.stdout.write(JSON.stringify(result) + '\n');
}

main().then(() => 0, (error) => { process.stderr.write(String(error.stack || error) + '\n'); return 1; })
    .then((code) => {
        browser.on('exit', () => removeProfileThenExit(code, 25));
        browser.kill();
    });

// Chromium's helper processes can still write into the profile for a moment
// after the browser has exited (ENOTEMPTY under ASan on a busy machine):
// try again for a few seconds, and never let a leftover temporary folder
// turn a result already printed into a failure.
function removeProfileThenExit(code, triesLeft) {
    try {
        fs.rmSync(profile, { recursive: true, force: true });
    } catch (error) {
        if (triesLeft > 0) {
            setTimeout(() => removeProfileThenExit(code, triesLeft - 1), 200);
            return;
        }
        process.stderr.write('einkpage_driver: left ' + profile + ' behind (' + error.code + ')\n');
    }
    process.exit(code);
}
