/**
 * Typed input getters. Every action reads its inputs only through these, with the input's name as a
 * string literal first argument: the static checks match those names against action.yml.
 */
import { InputError } from './errors.js';
import { addMask } from './outputs.js';

export interface InputOptions {
  /** Mask the value in the log (tokens, passwords). */
  secret?: boolean;
}

/** The input as the runner passes it (INPUT_<NAME>, spaces as `_`), trimmed. */
function raw(name: string, options: InputOptions = {}): string {
  const value = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  if (options.secret && value !== '') addMask(value);
  return value;
}

/** A required input; InputError when empty. */
export function getRequiredInput(name: string, options?: InputOptions): string {
  const value = raw(name, options);
  if (value === '') throw new InputError(name, '', 'a value (this input is required)');
  return value;
}

/** An optional input; undefined (not '') when empty. */
export function getOptionalInput(name: string, options?: InputOptions): string | undefined {
  const value = raw(name, options);
  return value === '' ? undefined : value;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** A YAML 1.2 boolean (`true`/`false` in any of its three spellings); `fallback` when empty. */
export function getBooleanInput(name: string, fallback = false): boolean {
  const value = raw(name);
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(name, value, 'true or false');
}

/** A list given one item per line or comma-separated; empty items dropped. */
export function getListInput(name: string): string[] {
  return raw(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** One item per line (commas kept, for globs and paths); empty lines dropped. */
export function getMultilineInput(name: string): string[] {
  return raw(name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** One of a fixed set of values; `fallback` when empty. */
export function getEnumInput<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
  const value = raw(name);
  if (value === '' && fallback !== undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, value, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
}

/** Register a value computed at run time (a derived token) so the log masks it. */
export function maskSecret(value: string): void {
  if (value !== '') addMask(value);
}
