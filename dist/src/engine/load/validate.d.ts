import { type SourceNode } from './source-node.js';
/**
 * Checks a parsed file against a JSON Schema: the plain data when it fits, else one input error naming the most
 * specific problem (`artifacts.App.properties.templateFile: must be string`) at the line of the offending key.
 */
export declare function validateShape<T>(file: string, root: SourceNode | undefined, schema: object, what: string): Promise<T>;
