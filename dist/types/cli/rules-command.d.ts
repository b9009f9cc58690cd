import type { Io } from './io.js';
export interface RulesArgs {
    action: 'list' | 'test';
    text?: string;
    config?: string | false;
    redact: boolean;
    C?: string;
}
export declare function runRulesCommand(a: RulesArgs, io: Io): Promise<number>;
