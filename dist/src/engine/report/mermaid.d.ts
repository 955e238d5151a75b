import type { CheckResult } from '../check.js';
/** At most this many functions, and this many subnets, per VPC; the rest is one "… N more" node each. */
export declare const MAX_NODES = 50;
/**
 * A Mermaid flowchart of each VPC of each checked template (Markdown: a `### file` heading, one ```mermaid block per
 * VPC), for a job summary: subnets with their zones, their route tables and the gateways those route to, Lambda
 * functions, their security groups and the endpoints' groups (an edge "tcp 443" where the endpoint's group admits the
 * function's), and the endpoints. The subjects of error and warning findings get class `bad`; a route to an internet
 * gateway from the table of a function's subnet is a thick red link. Needs `check(…, { keepModels: true })`.
 */
export declare function formatMermaid(result: CheckResult): string;
/** A safe Mermaid identifier: a kind prefix, then the ID with every character but letters and digits escaped. */
export declare function nodeId(prefix: string, id: string): string;
/** A double-quoted label; line breaks between `lines`. */
export declare function quote(...lines: string[]): string;
