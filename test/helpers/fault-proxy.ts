/**
 * What moto does not emulate — throttling, a stack the caller may not read, an expired token — answered by a small
 * HTTP server in front of it, with the error body of CloudFormation's awsQuery protocol as the SDK parses it
 * (`@aws-sdk/core` AwsQueryProtocol: `ErrorResponse > Error > Code, Message`). Every other request goes to moto.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface Faults {
  /** Stacks whose GetTemplate is denied (403 AccessDenied). */
  readonly denied?: readonly string[];
  /** Stacks whose first request is throttled (400 Throttling); the SDK's retry then reaches moto. */
  readonly throttledOnce?: readonly string[];
  /** Every request: 400 ExpiredToken. */
  readonly expired?: boolean;
  /** ListStacks in pages of this many, with NextToken, as CloudFormation pages it (moto returns one page). */
  readonly listStacksPage?: number;
}

export interface FaultProxy {
  readonly endpoint: string;
  readonly throttled: string[];
  /** `Action@AccessKeyId` of each request, from its signature (which credentials made which call). */
  readonly calls: string[];
  close(): Promise<void>;
}

function errorBody(code: string, message: string): string {
  return `<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ErrorResponse>`;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startFaultProxy(target: string, faults: Faults): Promise<FaultProxy> {
  const throttled: string[] = [];
  const calls: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await bodyOf(req);
      const form = new URLSearchParams(body.toString('utf8'));
      const action = form.get('Action') ?? '';
      const stack = form.get('StackName') ?? '';
      calls.push(`${action}@${/Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? ''}`);
      const fail = (status: number, code: string, message: string) => {
        res.writeHead(status, { 'content-type': 'text/xml' });
        res.end(errorBody(code, message));
      };
      if (faults.expired) {
        fail(400, 'ExpiredToken', 'The security token included in the request is expired');
        return;
      }
      if (action === 'GetTemplate' && faults.denied?.some((d) => stack === d || stack.includes(`/${d}/`))) {
        fail(
          403,
          'AccessDenied',
          `User: arn:aws:sts::123456789012:assumed-role/reader/test is not authorized to perform: cloudformation:GetTemplate on resource: ${stack}`,
        );
        return;
      }
      const name = faults.throttledOnce?.find((t) => stack === t || stack.includes(`/${t}/`));
      if (name && !throttled.includes(name)) {
        throttled.push(name);
        fail(400, 'Throttling', 'Rate exceeded');
        return;
      }
      if (action === 'ListStacks' && faults.listStacksPage)
        return page(await forward(target, req, body), Number(form.get('NextToken') ?? '0'), faults.listStacksPage, res);
      const upstream = await forward(target, req, body);
      res.writeHead(
        upstream.status,
        Object.fromEntries([...upstream.headers].filter(([k]) => !['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(k))),
      );
      res.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch(() => {
      res.writeHead(502);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    throttled,
    calls,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

async function forward(target: string, req: IncomingMessage, body: Buffer): Promise<Response> {
  const headers = Object.fromEntries(
    Object.entries(req.headers)
      .filter(([k]) => !['host', 'content-length', 'connection'].includes(k))
      .map(([k, v]) => [k, String(v)]),
  );
  return fetch(`${target}${req.url ?? '/'}`, { method: req.method ?? 'POST', headers, ...(body.length > 0 ? { body: new Uint8Array(body) } : {}) });
}

/** One page of moto's ListStacks answer, in CloudFormation's awsQuery shape, with the NextToken of the next one. */
async function page(upstream: Response, from: number, size: number, res: ServerResponse): Promise<void> {
  const members = (await upstream.text()).match(/<member>[\s\S]*?<\/member>/g) ?? [];
  const next = from + size < members.length ? `<NextToken>${from + size}</NextToken>` : '';
  res.writeHead(200, { 'content-type': 'text/xml' });
  res.end(
    `<ListStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><ListStacksResult><StackSummaries>${members.slice(from, from + size).join('')}</StackSummaries>${next}</ListStacksResult><ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000001</RequestId></ResponseMetadata></ListStacksResponse>`,
  );
}
