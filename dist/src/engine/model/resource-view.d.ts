import { type Loc, type MapNode, type SourceNode } from '../load/source-node.js';
import type { Resolver } from '../resolve/resolver.js';
import { type Value } from '../resolve/value.js';
import type { PropertyEntry } from './coerce.js';
import type { Element } from './types.js';
/** One resource of the template, with its properties resolved on demand. */
export interface ResourceView {
    readonly element: Element;
    prop(name: string): Value | undefined;
    /** The property with its key's position (absent when missing or `AWS::NoValue`). */
    entry(name: string): PropertyEntry | undefined;
    propEntryLoc(name: string): Loc | undefined;
    /** A key of the resource's Metadata, as written. */
    metadata(name: string): SourceNode | undefined;
}
/** `constructPaths`: CDK construct paths from the cloud assembly's manifest, for templates without `aws:cdk:path`. */
export declare function resourceViews(root: MapNode, resolver: Resolver, constructPaths: ReadonlyMap<string, string>): ResourceView[];
