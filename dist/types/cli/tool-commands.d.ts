/**
 * The yargs definitions of the commands that manage suppression and configuration
 * (`ignore`, `baseline`, `import`); each handler's module is loaded only when it runs.
 */
import type { Argv } from 'yargs';
import type { Io } from './io.js';
/** Records a command's exit code (commands.ts). */
export type Setter = (p: Promise<number>) => Promise<void>;
export declare function toolCommands(y0: Argv, set: Setter, io: Io): Argv;
