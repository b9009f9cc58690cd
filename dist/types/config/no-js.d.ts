/**
 * LEAKGUARD_NO_JS=1: no JavaScript is loaded from the scanned tree (a config module, a
 * formatter module). The GitHub Action sets it: a pull request's checkout (from a fork,
 * under pull_request_target) is code nobody has reviewed yet. JSON and YAML configs and the
 * built-in formats still work.
 */
export declare function noJavaScript(env?: NodeJS.ProcessEnv): boolean;
