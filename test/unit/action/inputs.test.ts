import { afterEach, describe, expect, it } from '@jest/globals';
import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getMultilineInput,
  getOptionalInput,
  getRequiredInput,
  InputError,
} from '../../../shared/src/action/index.js';

const set = (name: string, value: string): void => {
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
};

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('input getters', () => {
  it('required: returns the trimmed value, and names the input when empty', () => {
    set('version', '  v1.2.3 \n');
    expect(getRequiredInput('version')).toBe('v1.2.3');
    set('version', '   ');
    expect(() => getRequiredInput('version')).toThrow(
      new InputError('version', '', 'a value (this input is required)'),
    );
    expect(() => getRequiredInput('version')).toThrow(
      "Input 'version' is empty: expected a value (this input is required)",
    );
  });

  it('optional: undefined, not the empty string, when not given', () => {
    expect(getOptionalInput('previous-tag')).toBeUndefined();
    set('previous-tag', 'v1.0.0');
    expect(getOptionalInput('previous-tag')).toBe('v1.0.0');
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('boolean: %s is %s', (raw, expected) => {
    set('dry-run', raw);
    expect(getBooleanInput('dry-run')).toBe(expected);
  });

  it('boolean: falls back when empty and rejects anything else with the value and what was expected', () => {
    expect(getBooleanInput('dry-run')).toBe(false);
    expect(getBooleanInput('dry-run', true)).toBe(true);
    set('dry-run', 'yes');
    expect(() => getBooleanInput('dry-run')).toThrow(`Input 'dry-run' got "yes": expected true or false`);
  });

  it('list: one per line or comma-separated, empties dropped', () => {
    set('labels', 'bug, enhancement\n\n  breaking ,\n');
    expect(getListInput('labels')).toEqual(['bug', 'enhancement', 'breaking']);
    expect(getListInput('missing')).toEqual([]);
  });

  it('multiline: keeps commas inside a line', () => {
    set('files', 'dist/*.{tar.gz,zip}\n  docs.tgz  \n');
    expect(getMultilineInput('files')).toEqual(['dist/*.{tar.gz,zip}', 'docs.tgz']);
  });

  it('enum: one of the allowed values, listed in the error', () => {
    set('mode', 'generate');
    expect(getEnumInput('mode', ['extract', 'generate'])).toBe('generate');
    set('mode', 'Generate');
    expect(() => getEnumInput('mode', ['extract', 'generate'])).toThrow(
      `Input 'mode' got "Generate": expected one of 'extract', 'generate'`,
    );
    delete process.env.INPUT_MODE;
    expect(getEnumInput('mode', ['extract', 'generate'], 'extract')).toBe('extract');
  });

  it('secret inputs are masked before anything can print them', () => {
    const writes: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = (chunk: string | Uint8Array): boolean => {
      writes.push(String(chunk));
      return true;
    };
    try {
      set('token', 'ghs_secretvalue');
      expect(getRequiredInput('token', { secret: true })).toBe('ghs_secretvalue');
    } finally {
      process.stdout.write = original;
    }
    expect(writes.join('')).toContain('::add-mask::ghs_secretvalue');
  });
});
