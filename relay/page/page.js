/* inkchat-relay's e-ink page: streams a reply into the page for old
 * e-reader browsers (ES5 only, no framework). EventSource where there is
 * one, else XMLHttpRequest long polls. The text is shown at most once per
 * 500 ms and only in whole lines, so a slow display repaints calmly; what
 * does not fit the screen goes to the next page instead of scrolling. */
(function () {
    var live = document.getElementById('live');
    if (!live) return;
    var reply = live.getAttribute('data-reply');
    /* The page shows the newest screen of the reply (enough without
     * script); the script reads it all, to page it. */
    var after = 0;
    var pageText = document.getElementById('page-text');
    var pageLabel = document.getElementById('page-label');
    var prev = document.getElementById('prev');
    var next = document.getElementById('next');
    var INTERVAL = 500;
    /* What fits one screen at the page's type size (the server says):
     * rows, and characters in a row. */
    var ROWS = parseInt(live.getAttribute('data-page-rows'), 10) || 17;
    var ROW_CHARS = parseInt(live.getAttribute('data-row-chars'), 10) || 50;
    var pending = '';
    var pages = [''];
    var shown = 0;
    var lastFlush = 0;
    var timer = null;
    var ended = false;
    var replaced = false;
    var stats = { updates: 0, mode: '', done: false, pages: 1, gaps: [] };
    window.inkStats = stats;

    function now() { return new Date().getTime(); }

    function rowsOf(text) {
        var lines = text.split('\n');
        if (lines[lines.length - 1] === '') lines.pop();
        var rows = 0;
        for (var i = 0; i < lines.length; i += 1) rows += Math.max(1, Math.ceil(lines[i].length / ROW_CHARS));
        return rows;
    }

    /* Adds text to the pages line by line; a line that does not fit the
     * last page starts the next one. */
    function addToPages(text) {
        while (text) {
            var newline = text.indexOf('\n');
            var line = newline < 0 ? text : text.substring(0, newline + 1);
            text = text.substring(line.length);
            var last = pages.length - 1;
            if (pages[last] && rowsOf(pages[last] + line) > ROWS) {
                pages.push('');
                last += 1;
                if (line === '\n') continue;
            }
            pages[last] += line;
        }
    }

    function render() {
        pageText.textContent = pages[shown];
        pageLabel.textContent = 'Page ' + (shown + 1) + ' / ' + pages.length;
        prev.style.visibility = shown > 0 ? 'visible' : 'hidden';
        next.style.visibility = shown < pages.length - 1 ? 'visible' : 'hidden';
    }

    /* Whole lines only, unless the reply ended (or one line is very long). */
    function takeReady() {
        var cut = ended ? pending.length : pending.lastIndexOf('\n') + 1;
        if (cut === 0 && pending.length > 300) cut = pending.lastIndexOf(' ') + 1;
        var ready = pending.substring(0, cut);
        pending = pending.substring(cut);
        return ready;
    }

    function flush() {
        timer = null;
        var ready = takeReady();
        if (ready || replaced) {
            var following = replaced || shown === pages.length - 1;
            replaced = false;
            addToPages(ready);
            if (following) shown = pages.length - 1;
            render();
            var t = now();
            if (stats.updates > 0) stats.gaps.push(t - lastFlush);
            stats.updates += 1;
            stats.pages = pages.length;
            lastFlush = t;
        }
        if (ended && !pending) {
            stats.done = true;
            var status = document.getElementById('status');
            if (status) status.textContent = '';
        }
    }

    function schedule() {
        if (timer) return;
        var wait = Math.max(0, INTERVAL - (now() - lastFlush));
        timer = setTimeout(flush, wait);
    }

    function onEvent(type, data, id) {
        if (id) after = parseInt(id, 10);
        if (type === 'text') pending += JSON.parse(data).t;
        /* The relay's upstream answered afresh: its answer replaces this one. */
        if (type === 'restart') {
            pending = '';
            pages = [''];
            shown = 0;
            replaced = true;
        }
        if (type === 'end') {
            ended = true;
            var end = JSON.parse(data);
            if (end.status !== 'complete') pending += '\n[' + end.status + (end.error ? ': ' + end.error : '') + ']';
        }
        schedule();
    }

    prev.onclick = function () { if (shown > 0) { shown -= 1; render(); } return false; };
    next.onclick = function () { if (shown < pages.length - 1) { shown += 1; render(); } return false; };

    var base = '/v1/replies/' + reply;
    if (window.EventSource) {
        stats.mode = 'eventsource';
        var source = new EventSource(base + '/events?after=' + after);
        var listen = function (type) {
            source.addEventListener(type, function (e) {
                onEvent(type, e.data, e.lastEventId);
                if (type === 'end') source.close();
            }, false);
        };
        listen('text');
        listen('restart');
        listen('end');
        return;
    }

    /* No EventSource (old WebKit): long polls, each answered with the
     * events after the last one seen. */
    stats.mode = 'polling';
    function parse(body) {
        var blocks = body.split('\n\n');
        for (var i = 0; i < blocks.length; i += 1) {
            var lines = blocks[i].split('\n');
            var type = 'message', data = '', id = '';
            for (var j = 0; j < lines.length; j += 1) {
                var line = lines[j], colon = line.indexOf(': ');
                if (colon < 0) continue;
                var field = line.substring(0, colon), value = line.substring(colon + 2);
                if (field === 'event') type = value;
                else if (field === 'data') data = value;
                else if (field === 'id') id = value;
            }
            if (type === 'text' || type === 'restart' || type === 'end') onEvent(type, data, id);
        }
    }
    function poll() {
        var xhr = new XMLHttpRequest();
        xhr.open('GET', base + '/poll?after=' + after, true);
        xhr.onreadystatechange = function () {
            if (xhr.readyState !== 4) return;
            if (xhr.status === 200) parse(xhr.responseText);
            if (!ended && xhr.status !== 204) setTimeout(poll, xhr.status === 200 ? 0 : 3000);
        };
        xhr.send(null);
    }
    poll();
}());
