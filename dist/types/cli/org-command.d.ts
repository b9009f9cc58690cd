import type { Argv } from 'yargs';
import type { Io } from './io.js';
import type { Setter } from './tool-commands.js';
export declare function orgCommands(y0: Argv, set: Setter, io: Io): Argv;
