import { type Value } from '../resolve/value.js';
import { type PropertyEntry } from './coerce.js';
import type { PolicyDocument, PolicySetting } from './types.js';
/** A policy document property: a map, or a JSON string that CloudFormation parses (possibly from `Fn::Sub`). */
export declare function policySetting(p: PropertyEntry | undefined): PolicySetting;
export declare function policyDocument(doc: Value): PolicyDocument;
/**
 * Parses a JSON policy string. Symbolic parts (`${AWS::AccountId}`, `${Role.Arn}`) are swapped for placeholder
 * tokens before parsing and restored inside the resulting strings, so `Fn::Sub` JSON keeps its references. Where the
 * text keeps its lines (`loc.lines`), every key and value gets its own position in the file.
 */
export declare function parseJsonText(v: Extract<Value, {
    kind: 'string' | 'text';
}>): Value;
