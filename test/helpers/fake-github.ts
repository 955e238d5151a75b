/**
 * A stand-in for api.github.com in a process of its own (the Action under test runs synchronously): it records every
 * request (method, path, authorization, JSON body) and answers as GitHub does, with a review, or with a refusal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakeGitHub {
  readonly url: string;
  requests(): { method: string; path: string; authorization: string; body: unknown }[];
  close(): void;
}

const SERVER = `
const http = require('node:http');
const fs = require('node:fs');
const [log, status] = process.argv.slice(1);
http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    fs.appendFileSync(log, JSON.stringify({ method: req.method, path: req.url, authorization: req.headers.authorization ?? '', body: body ? JSON.parse(body) : null }) + '\\n');
    res.writeHead(Number(status), { 'content-type': 'application/json' });
    res.end(JSON.stringify(Number(status) < 300 ? { id: 1 } : { message: 'Resource not accessible by integration' }));
  });
}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });
`;

export async function startFakeGitHub(status = 200): Promise<FakeGitHub> {
  const log = join(mkdtempSync(join(tmpdir(), 'eg-fake-github-')), 'requests.jsonl');
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER, log, String(status)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => {
      resolve(d.toString().trim());
    });
    child.once('exit', (code) => {
      reject(new Error(`the fake GitHub API exited (${code})`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => {
      try {
        return readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .filter((l) => l !== '')
          .map((l) => JSON.parse(l) as ReturnType<FakeGitHub['requests']>[number]);
      } catch {
        return [];
      }
    },
    close: () => child.kill(),
  };
}
