import { type AdapterOptions } from './adapters/index.js';
/**
 * The Serverless services under `paths` that include (`${file()}`) one of `changed`: a pull request that changes
 * only a fragment changes every service built from it. A service that cannot be read is returned too, so that
 * checking it reports why.
 */
export declare function servicesIncluding(paths: readonly string[], changed: readonly string[], options?: AdapterOptions): Promise<string[]>;
