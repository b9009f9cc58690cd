export declare function nodeCrypto(): typeof import('node:crypto');
export declare function nodeZlib(): typeof import('node:zlib');
