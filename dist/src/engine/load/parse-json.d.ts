import { type SourceNode } from './source-node.js';
/** Strict JSON (no comments, no trailing commas) into a position-carrying tree. */
export declare function parseJson(file: string, text: string): SourceNode;
