import type { Suppression } from '../model/types.js';
/**
 * The suppression comments of a YAML file (for inputs without resource Metadata, such as serverless.yml
 * functions). A trailing comment covers its own line; a comment alone on its line covers the next line with content.
 */
export declare function commentSuppressions(text: string, file: string): Suppression[];
