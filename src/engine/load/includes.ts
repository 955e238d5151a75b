import { basename, resolve as resolvePath } from 'node:path';
import { toCloudFormation, type AdapterOptions } from './adapters/index.js';
import { discover } from './discover.js';
import { readTemplate, SERVERLESS_NAMES } from './read-template.js';
import { InputError } from './source-node.js';

/**
 * The Serverless services under `paths` that include (`${file()}`) one of `changed`: a pull request that changes
 * only a fragment changes every service built from it. A service that cannot be read is returned too, so that
 * checking it reports why.
 */
export async function servicesIncluding(paths: readonly string[], changed: readonly string[], options: AdapterOptions = {}): Promise<string[]> {
  const wanted = new Set(changed.map((f) => resolvePath(f)));
  const services = (await discover(paths)).candidates.filter((c) => SERVERLESS_NAMES.test(basename(c.file)));
  const including: string[] = [];
  for (const { file } of services) if (await includesAny(file, wanted, options)) including.push(file);
  return including;
}

async function includesAny(file: string, wanted: ReadonlySet<string>, options: AdapterOptions): Promise<boolean> {
  if (wanted.has(resolvePath(file))) return false; // changed itself: checked anyway
  const read = readTemplate(file, true);
  if (read.status !== 'template') return read.status === 'error';
  try {
    return (await toCloudFormation(read.document, options)).includes.some((i) => wanted.has(i));
  } catch (e) {
    if (e instanceof InputError) return true;
    throw e;
  }
}
