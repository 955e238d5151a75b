import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
/** Far beyond any real file; a file past it is refused rather than parsed for minutes. */
const PARSE_TIMEOUT_MS = 30_000;
const MAX_EXPRESSIONS = 20_000;
/**
 * HCL files parsed on a thread of their own (see hcl-worker.ts): one file at a time, each with a time limit; a parser
 * that crashed or timed out is replaced for the next file, so one hostile file costs only its own check.
 */
export class HclParser {
    worker;
    nextId = 0;
    async parse(file, text) {
        const worker = (this.worker ??= startWorker());
        const request = { id: this.nextId++, file, text, maxExpressions: MAX_EXPRESSIONS };
        const response = await new Promise((resolve) => {
            const done = (r) => {
                clearTimeout(timer);
                worker.off('message', onMessage).off('error', onError).off('exit', onExit);
                resolve(r);
            };
            const onMessage = (r) => {
                if (r.id === request.id || r.id === -1)
                    done(r);
            };
            const onError = (e) => {
                done({ id: request.id, ok: false, crashed: true, message: e.message });
            };
            const onExit = () => {
                done({ id: request.id, ok: false, crashed: true, message: 'the HCL parser stopped' });
            };
            const timer = setTimeout(() => {
                done({ id: request.id, ok: false, crashed: true, message: `parsing took longer than ${PARSE_TIMEOUT_MS / 1000} s` });
            }, PARSE_TIMEOUT_MS);
            worker.on('message', onMessage).on('error', onError).on('exit', onExit);
            worker.postMessage(request);
        });
        if (!response.ok && response.crashed)
            await this.close();
        if (response.ok)
            return response;
        // The parser recursing on absurd nesting runs out of stack: say what the input did, not how the parser failed.
        return { ok: false, message: /call stack|stack overflow|goroutine stack/i.test(response.message) ? 'nested too deeply to read' : response.message };
    }
    async close() {
        const worker = this.worker;
        this.worker = undefined;
        if (worker)
            await worker.terminate();
    }
}
function startWorker() {
    // The wasm runtime's memory is its own; the JavaScript heap of the thread is bounded here.
    const worker = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 8 }, stdout: true, stderr: true });
    worker.unref();
    return worker;
}
/**
 * Where the parser thread's script is: beside this module in the bundles (`dist/cli/hcl2json/lib/worker.js`, from
 * the entry or from a chunk), beside it when compiled by tsc, and in the compiled tree when this runs from source.
 */
function workerFile() {
    const candidates = [
        new URL('./hcl2json/lib/worker.js', import.meta.url),
        new URL('../hcl2json/lib/worker.js', import.meta.url),
        new URL('./hcl-worker.js', import.meta.url),
    ];
    if (import.meta.url.endsWith('.ts'))
        candidates.push(new URL(import.meta.url.replace(/\/src\/(.*)\.ts$/, '/dist/src/$1.js').replace(/hcl-parser\.js$/, 'hcl-worker.js')));
    const found = candidates.find((u) => existsSync(fileURLToPath(u)));
    if (!found)
        throw new Error('the HCL parser is missing from this installation (hcl2json/lib/worker.js)');
    return found;
}
//# sourceMappingURL=hcl-parser.js.map