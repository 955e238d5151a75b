#!/usr/bin/env node
// The bundled CLI (dist/cli, esbuild): one file to load at start-up; custom-rule loading is a lazy chunk.
import module from 'node:module';

// Node 22.1+ keeps the compiled bundle between runs (what hooks and editors pay on every save); on Node 20 there is
// no such cache, and nothing happens.
module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.mjs');

process.exitCode = await main(process.argv.slice(2));
