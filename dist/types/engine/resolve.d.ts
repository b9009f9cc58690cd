import type { Candidate, RuleSet } from './engine.js';
export declare function resolveCandidates(all: Candidate[], ruleSet: RuleSet): void;
