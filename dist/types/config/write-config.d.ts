import type { RuleSpec } from '../types.js';
export interface Additions {
    rules: RuleSpec[];
    allowRegexes: string[];
}
/** Adds to the config file at `path` (created as YAML when missing); returns what was new. */
export declare function addToConfig(path: string, label: string, add: Additions): Promise<Additions>;
