/**
 * The HCL parser's thread. `@cdktf/hcl2json` runs HashiCorp's own HCL parser compiled to WebAssembly with Go's
 * runtime; hostile input (nesting tens of thousands deep) can overflow the stack and leave that runtime dead, and
 * the Go runtime writes its crash report straight to file descriptor 2. So it runs here, on its own thread, with what
 * it writes captured: the checking thread sees one error for the file and starts a new parser for the next.
 */
import { parentPort } from 'node:worker_threads';
import * as realFs from 'node:fs';
import { asHeredoc, compactExpression } from './hcl-ast.js';
const MAX_CAPTURED = 4096;
let captured = '';
const capture = (text) => {
    if (captured.length < MAX_CAPTURED)
        captured += text.slice(0, MAX_CAPTURED - captured.length);
};
const decoder = new TextDecoder();
const quietFs = {
    ...realFs,
    writeSync(fd, buffer, ...rest) {
        if (fd === 1 || fd === 2) {
            capture(typeof buffer === 'string' ? buffer : decoder.decode(buffer));
            return typeof buffer === 'string' ? Buffer.byteLength(buffer) : buffer.length;
        }
        return realFs.writeSync(fd, buffer, ...rest);
    },
};
// Go's loader assigns `globalThis.fs = require("fs")`; the assignment is ignored so that its writes come here.
Object.defineProperty(globalThis, 'fs', { get: () => quietFs, set: () => undefined, configurable: false });
// Its exit report goes through console.warn ("exit code: 2"): the runtime is dead; this thread ends with it.
console.warn = (...args) => {
    capture(args.map(String).join(' '));
    if (String(args[0]).startsWith('exit code'))
        crash();
};
console.log = (...args) => {
    capture(args.map(String).join(' '));
};
let current;
function crash() {
    const response = { id: current ?? -1, ok: false, crashed: true, message: firstLine(captured) || 'the HCL parser stopped' };
    parentPort?.postMessage(response);
    process.exit(1);
}
function firstLine(text) {
    return (text
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? '');
}
let hcl;
async function handle(request) {
    hcl ??= import('@cdktf/hcl2json');
    const parser = await hcl;
    current = request.id;
    try {
        const json = (await parser.parse(request.file, request.text));
        const expressions = {};
        for (const text of templateStrings(json, request.maxExpressions)) {
            const source = asHeredoc(text);
            const ast = source ? (await parser.getExpressionAst(request.file, source)) : null;
            expressions[text] = ast && source ? compactExpression(ast, source) : null;
        }
        return { id: request.id, ok: true, json, expressions };
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        // A parse error is a diagnostic; anything else (a stack overflow inside the runtime) leaves the runtime unusable.
        return { id: request.id, ok: false, crashed: !message.startsWith('parse config:'), message };
    }
}
/** Every string of the parsed file that holds an interpolation or directive (hcl2json writes expressions as `${…}`). */
function templateStrings(json, max) {
    const found = new Set();
    const stack = [json];
    while (stack.length > 0 && found.size < max) {
        const value = stack.pop();
        if (typeof value === 'string') {
            if (value.includes('${') || value.includes('%{'))
                found.add(value);
        }
        else if (Array.isArray(value))
            stack.push(...value);
        else if (value !== null && typeof value === 'object')
            stack.push(...Object.values(value));
    }
    return [...found];
}
parentPort?.on('message', (request) => {
    void handle(request).then((response) => parentPort?.postMessage(response));
});
//# sourceMappingURL=hcl-worker.js.map