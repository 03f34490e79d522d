// What `inkchat-cli sse-dump FILE` does, done with the npm package
// eventsource-parser, for ssedump_bench: the same JSON line per event
// ({"event","data","id"}, {"retry"}), written once per 64 KiB read, as
// sse-dump writes them.
//
//   node ssedump_eventsourceparser.cjs MODULE_DIR FILE
//
// MODULE_DIR holds node_modules/eventsource-parser (scripts/bench.sh
// installs it there with npm).
'use strict'

const fs = require('node:fs')
const path = require('node:path')
const {createRequire} = require('node:module')

const [moduleDir, file] = process.argv.slice(2)
const {createParser} = createRequire(path.join(path.resolve(moduleDir), 'index.js'))('eventsource-parser')

let lastEventId = ''
let lines = []
const parser = createParser({
    onId(id) { lastEventId = id },
    onEvent(event) {
        lines.push(JSON.stringify({event: event.event ?? 'message', data: event.data, id: lastEventId}))
    },
    onRetry(milliseconds) { lines.push(JSON.stringify({retry: milliseconds})) },
})

function flush() {
    if (lines.length === 0)
        return
    fs.writeSync(1, lines.join('\n') + '\n')
    lines = []
}

const input = fs.openSync(file, 'r')
const buffer = Buffer.allocUnsafe(64 * 1024)
const decoder = new TextDecoder()
for (let n; (n = fs.readSync(input, buffer, 0, buffer.length, null)) > 0;) {
    parser.feed(decoder.decode(buffer.subarray(0, n), {stream: true}))
    flush()
}
parser.feed(decoder.decode())
flush()
