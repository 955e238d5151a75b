#!/usr/bin/env node
// The bundled CLI (dist/cli, esbuild): one file to load at start-up; custom-rule loading is a lazy chunk.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
