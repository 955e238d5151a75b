/**
 * moto's CloudFormation emulator (`moto_server`, Python; .ci/run requires it) on 127.0.0.1 and a free port, for tests
 * that talk to it with the real AWS SDK. Stopped by its process id.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { CloudFormationClient, CreateStackCommand, type Parameter } from '@aws-sdk/client-cloudformation';

export const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
export const REGION = 'eu-west-1';

export interface Moto {
  readonly endpoint: string;
  readonly client: CloudFormationClient;
  stop(): void;
}

export function motoInstalled(): boolean {
  return spawnSync('moto_server', ['--help'], { encoding: 'utf8' }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

export async function startMoto(): Promise<Moto> {
  if (!motoInstalled()) throw new Error('moto_server is not installed (moto 5 with its server extra): the live-stack tests need it');
  const port = await freePort();
  const child: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${endpoint}/moto-api/`)).status < 500) break;
    } catch {
      if (Date.now() > deadline) throw new Error(`moto_server did not answer on ${endpoint}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const client = new CloudFormationClient({ region: REGION, endpoint, credentials: TEST_CREDENTIALS });
  return {
    endpoint,
    client,
    stop: () => {
      client.destroy();
      if (child.pid) process.kill(child.pid);
    },
  };
}

export async function createStack(moto: Moto, name: string, body: string, parameters: Record<string, string> = {}): Promise<void> {
  const Parameters: Parameter[] = Object.entries(parameters).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
  await moto.client.send(new CreateStackCommand({ StackName: name, TemplateBody: body, Parameters, Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'] }));
}
