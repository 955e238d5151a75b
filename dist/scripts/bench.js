/**
 * `npm run bench`: what users run, timed against its floor in the same run. Each row starts a new process of the
 * bundled CLI (`bin/endpoint-guard.js check INPUT`) and, alternating with it, the floor (a bundled script that reads
 * and parses the same files with the same library and options) and bare `node -e 0`; the table gives medians and the
 * ratios between them, and the peak resident memory of each. `--against DIR` adds a second build (a checkout whose
 * dist/ is built) to the alternation, for changes measured as paired ratios.
 *
 *   npm run bench -- [--runs N] [--against ../endpoint-guard-main] [--only 50|500|5000|20000|many|plan]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { terraformPlan, UNIT_SIZE, yamlTemplate } from './bench-inputs.js';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
function parseOptions(argv) {
    const value = (flag) => {
        const i = argv.indexOf(flag);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const against = value('--against');
    return { runs: Number(value('--runs') ?? 9), against: against ? resolve(against) : undefined, only: value('--only') };
}
/** Writes the inputs; the 1,000 small files are one directory of one-network templates. */
function writeInputs(dir, runs) {
    const rows = [];
    for (const resources of [50, 500, 5_000, 20_000]) {
        const file = join(dir, `template-${resources}.yaml`);
        writeFileSync(file, yamlTemplate(resources));
        const actual = Math.max(1, Math.round(resources / UNIT_SIZE)) * UNIT_SIZE;
        rows.push({
            key: String(resources),
            label: `${actual.toLocaleString('en')} resources (YAML)`,
            input: file,
            runs: resources >= 5_000 ? Math.max(3, Math.ceil(runs / 2)) : runs,
        });
    }
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 1_000; i++)
        writeFileSync(join(many, `stack-${i}.yaml`), yamlTemplate(UNIT_SIZE, i));
    rows.push({ key: 'many', label: `1,000 files of ${UNIT_SIZE} resources`, input: many, runs: Math.max(3, Math.ceil(runs / 2)) });
    const plan = join(dir, 'plan.json');
    writeFileSync(plan, terraformPlan(500));
    rows.push({ key: 'plan', label: `Terraform plan, ${(500 * 10).toLocaleString('en')} resources`, input: plan, runs });
    return rows;
}
/** The floor, bundled as the CLI is, so that both pay the same to load their code. */
async function bundleFloor(dir) {
    const outfile = join(dir, 'floor.mjs');
    await build({
        entryPoints: [join(ROOT, 'scripts', 'bench-floor.ts')],
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        mainFields: ['module', 'main'],
        banner: { js: "import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);" },
        outfile,
        logLevel: 'warning',
    });
    return outfile;
}
/** Records the peak resident set size of the process it is loaded into, at exit, for every kind of command alike. */
function writeRssHook(dir) {
    const hook = join(dir, 'peak-rss.cjs');
    writeFileSync(hook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.EG_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n");
    return hook;
}
/** The CLI exits 1 when it finds something; anything else, and any failure of the floor, is a broken row. */
function runOnce(command, hook, rssFile) {
    const [program, ...args] = command.argv;
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--require', hook, program, ...args], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, EG_BENCH_RSS: rssFile },
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0 && !(r.status === 1 && command.name !== 'floor' && command.name !== 'node'))
        throw new Error(`${command.name}: exit ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
    return { ms, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}
/** Every command once per round, the order rotated each round so that none always runs first. */
function measure(commands, runs, hook, rssFile) {
    const samples = new Map(commands.map((c) => [c.name, []]));
    for (const c of commands)
        runOnce(c, hook, rssFile); // warm the page cache
    for (let round = 0; round < runs; round++) {
        for (let k = 0; k < commands.length; k++) {
            const c = commands[(round + k) % commands.length];
            samples.get(c.name).push(runOnce(c, hook, rssFile));
        }
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return new Map([...samples].map(([name, s]) => [name, { ms: median(s.map((x) => x.ms)), rssMb: median(s.map((x) => x.rssMb)) }]));
}
function cliCommand(name, checkout, input) {
    return { name, argv: [join(checkout, 'bin', 'endpoint-guard.js'), 'check', input, '--format', 'json'] };
}
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const ms = (x) => `${x.toFixed(0)} ms`;
const mb = (x) => `${x.toFixed(0)} MB`;
async function main() {
    const options = parseOptions(process.argv.slice(2));
    const dir = mkdtempSync(join(tmpdir(), 'eg-bench-'));
    try {
        const rows = writeInputs(dir, options.runs).filter((r) => !options.only || r.key === options.only);
        const floor = await bundleFloor(dir);
        const hook = writeRssHook(dir);
        const rssFile = join(dir, 'rss');
        console.log(`endpoint-guard bench: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}; medians of alternated runs\n`);
        const header = [
            'input',
            'floor',
            'endpoint-guard',
            '× floor',
            'peak RSS',
            'RSS × floor',
            ...(options.against ? ['previous build', 'this ÷ previous'] : []),
        ];
        const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
        const results = new Map();
        for (const row of rows) {
            const commands = [{ name: 'floor', argv: [floor, row.input] }, cliCommand('eg', ROOT, row.input)];
            if (options.against)
                commands.push(cliCommand('previous', options.against, row.input));
            if (row.key === '50')
                commands.push({ name: 'node', argv: ['-e', '0'] });
            const m = measure(commands, row.runs, hook, rssFile);
            const eg = m.get('eg');
            const base = m.get('floor');
            const previous = m.get('previous');
            results.set(row.key, { eg, floor: base, ...(m.get('node') ? { node: m.get('node') } : {}) });
            lines.push(`| ${[row.label, ms(base.ms), ms(eg.ms), ratio(eg.ms, base.ms), mb(eg.rssMb), ratio(eg.rssMb, base.rssMb), ...(previous ? [ms(previous.ms), ratio(eg.ms, previous.ms)] : [])].join(' | ')} |`);
            const node = m.get('node');
            if (node)
                lines.push(`| ${['`node -e 0`', '', ms(node.ms), ratio(eg.ms, node.ms), mb(node.rssMb), '', ...(previous ? ['', ''] : [])].join(' | ')} |`);
            console.log(lines.slice(node ? -2 : -1).join('\n'));
        }
        console.log(`\n${lines.join('\n')}\n`);
        printTargets(results);
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
/** The targets of issue 15, each said as held or not, with the measured figure. */
function printTargets(results) {
    const find = (key) => results.get(key);
    const say = (what, value, limit) => {
        if (value !== undefined)
            console.log(`${value <= limit ? 'holds' : 'misses'}: ${what} ${value.toFixed(2)}× (target ≤ ${limit}×)`);
    };
    const small = find('50');
    say('one small template ÷ node -e 0', small?.node ? small.eg.ms / small.node.ms : undefined, 1.5);
    const many = find('many');
    say('1,000 files ÷ floor', many ? many.eg.ms / many.floor.ms : undefined, 1.3);
    for (const size of ['500', '5000']) {
        const r = find(size);
        say(`${size} resources ÷ floor`, r ? r.eg.ms / r.floor.ms : undefined, 1.1);
    }
    const [five, twenty] = [find('5000'), find('20000')];
    say('20,000 resources ÷ 5,000 resources', five && twenty ? twenty.eg.ms / five.eg.ms : undefined, 4);
    const peak = Math.max(...[...results.values()].map((r) => r.eg.rssMb / r.floor.rssMb));
    say('highest peak RSS ÷ floor', Number.isFinite(peak) ? peak : undefined, 1.3);
}
await main();
//# sourceMappingURL=bench.js.map