import type { HclParser } from './hcl-parser.js';
import type { ReadResult } from '../../../read-template.js';
import { type ModuleSource } from './module-source.js';
/** A `.tf` file past this is refused: real ones are a few hundred KiB at most. */
export declare const MAX_TF_BYTES: number;
/**
 * Reads a folder of `.tf` files as one module, and the modules it calls from local folders (inside the project root,
 * at most 8 deep and 64 in all). A module from a registry or Git is not read: the call records why.
 */
export declare function readTerraformModule(dir: string, parser: HclParser, root?: string, cache?: Map<string, ModuleSource>): Promise<ModuleSource>;
/** A folder of `.tf` files as an input document: the module read and parsed, or the input error that stops it. */
export declare function readTerraformDocument(dir: string, parser: HclParser, root?: string, cache?: Map<string, ModuleSource>): Promise<ReadResult>;
