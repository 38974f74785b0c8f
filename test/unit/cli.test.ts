import { describe, expect, it } from '@jest/globals';
import {
  helpText,
  inputEnvironment,
  parseCommandLine,
  secretInputs,
  UsageError,
  withTerminalDefaults,
  type ActionSpec,
} from '../../shared/src/cli/args.js';
import { CommandTranslator, parseOutputFile } from '../../shared/src/cli/commands.js';
import { repositoryOfUrl, wouldWrite } from '../../shared/src/cli/main.js';

const SPEC: ActionSpec = {
  name: 'go-module-tags',
  description: 'Tag every nested Go module.\nMore text.',
  inputs: {
    version: { required: true, description: 'The version' },
    remote: { default: 'origin' },
    token: { default: '${{ github.token }}' },
    sha: { default: '${{ github.sha }}' },
    'dry-run': { default: 'false' },
  },
};

describe('release-actions command line', () => {
  it('maps --name value, --name=value and a bare --flag onto inputs', () => {
    expect(
      parseCommandLine([
        'go-module-tags',
        '--version',
        'v0.8.0',
        '--remote=upstream',
        '--dry-run',
        '--verbose',
      ]),
    ).toEqual({
      action: 'go-module-tags',
      inputs: { version: 'v0.8.0', remote: 'upstream', 'dry-run': 'true' },
      help: false,
      verbose: true,
      apply: false,
    });
    expect(parseCommandLine(['x', '--dry-run', '--version', 'v1']).inputs).toEqual({
      'dry-run': 'true',
      version: 'v1',
    });
  });

  it('runs an action that writes as a dry run unless --apply is given', () => {
    const dry = parseCommandLine(['go-module-tags', '--version', 'v1.0.0']);
    expect(withTerminalDefaults(SPEC, dry)).toEqual({ version: 'v1.0.0', 'dry-run': 'true' });
    const apply = parseCommandLine(['go-module-tags', '--version', 'v1.0.0', '--apply']);
    expect(withTerminalDefaults(SPEC, apply)).toEqual({ version: 'v1.0.0' });
    const explicit = parseCommandLine(['go-module-tags', '--dry-run', 'false']);
    expect(withTerminalDefaults(SPEC, explicit)).toEqual({ 'dry-run': 'false' });
    expect(() => parseCommandLine(['go-module-tags', '--apply', '--dry-run'])).toThrow(
      '--apply and --dry-run contradict each other',
    );
  });

  it('treats token and password inputs as secrets', () => {
    const spec: ActionSpec = { ...SPEC, inputs: { ...SPEC.inputs, password: {}, username: {} } };
    expect(secretInputs(spec, { token: 't0k', password: 'pw', username: 'me' })).toEqual(['t0k', 'pw']);
  });

  it('refuses a stray argument and an input given twice', () => {
    expect(() => parseCommandLine(['a', 'b'])).toThrow(
      new UsageError("unexpected argument 'b': inputs are given as --name value"),
    );
    expect(() => parseCommandLine(['a', '--v', '1', '--v', '2'])).toThrow('--v is given twice');
  });

  it('fills action.yml defaults as the runner does, evaluating the expressions it knows', () => {
    const env = inputEnvironment(
      SPEC,
      { version: 'v0.8.0', remote: 'upstream' },
      {
        'github.token': 'tok',
        'github.sha': 'abc',
      },
    );
    expect(env).toEqual({
      INPUT_VERSION: 'v0.8.0',
      INPUT_REMOTE: 'upstream',
      INPUT_TOKEN: 'tok',
      INPUT_SHA: 'abc',
      'INPUT_DRY-RUN': 'false',
    });
    expect(inputEnvironment(SPEC, {}, {}).INPUT_TOKEN).toBe('');
  });

  it('names the inputs an action has when given one it has not', () => {
    expect(() => inputEnvironment(SPEC, { versoin: 'v1' }, {})).toThrow(
      'go-module-tags has no input --versoin (its inputs: version, remote, token, sha, dry-run)',
    );
  });

  it('lists actions, and one action’s inputs with required and defaults', () => {
    expect(helpText([SPEC])).toContain('  go-module-tags  Tag every nested Go module.');
    const one = helpText([SPEC], 'go-module-tags');
    expect(one).toContain('  --version  (required)\n      The version');
    expect(one).toContain('  --remote  (default: origin)');
    expect(one.trimEnd().split('\n').at(-1)).toBe(
      "Each input explained, with the action's guarantees: action-docs/go-module-tags.md",
    );
  });

  it("reads owner/repo from https, ssh and scp-like remotes on the server's host only", () => {
    expect(repositoryOfUrl('https://github.com/confidential-containers/cloud-api-adaptor.git')).toBe(
      'confidential-containers/cloud-api-adaptor',
    );
    expect(repositoryOfUrl('git@github.com:kontainapp/km.git')).toBe('kontainapp/km');
    expect(repositoryOfUrl('ssh://git@github.com/o/r')).toBe('o/r');
    expect(repositoryOfUrl('https://ghe.example.com/org/repo.git', 'ghe.example.com')).toBe('org/repo');
    // Another host's owner/name must not be taken for a repository on GitHub.
    expect(repositoryOfUrl('https://github.example.com/org/repo.git')).toBeUndefined();
    expect(repositoryOfUrl('https://gitlab.com/group/sub/proj.git')).toBeUndefined();
    expect(repositoryOfUrl('/srv/git/project')).toBeUndefined();
  });
});

describe('workflow commands at a terminal', () => {
  it('masks what the CLI registers before the action prints anything', () => {
    const t = new CommandTranslator(false);
    t.addMask('ghp_known');
    expect(t.translate('token ghp_known')).toEqual([{ stream: 'stdout', text: 'token ***' }]);
    expect(t.mask('| ghp_known |')).toBe('| *** |');
  });

  it('masks a value from its add-mask line on and never shows the command', () => {
    const t = new CommandTranslator(false);
    expect(t.translate('before s3cret')).toEqual([{ stream: 'stdout', text: 'before s3cret' }]);
    expect(t.translate('::add-mask::s3cret')).toEqual([]);
    expect(t.translate('after s3cret')).toEqual([{ stream: 'stdout', text: 'after ***' }]);
    expect(t.translate('::error::bad s3cret')).toEqual([{ stream: 'stderr', text: 'error: bad ***' }]);
  });

  it('shows groups as headings, annotations with their location, debug only when verbose', () => {
    const t = new CommandTranslator(false);
    expect(t.translate('::group::Plan')).toEqual([{ stream: 'stdout', text: '▸ Plan' }]);
    expect(t.translate('::endgroup::')).toEqual([]);
    expect(t.translate('::debug::detail')).toEqual([]);
    expect(
      t.translate('::warning title=Version mismatch,file=VERSION,line=3::v1 is not v2%0Asecond line'),
    ).toEqual([{ stream: 'stderr', text: 'warning: VERSION:3: v1 is not v2\nsecond line' }]);
    expect(t.translate('plain text on stderr', 'stderr')).toEqual([
      { stream: 'stderr', text: 'plain text on stderr' },
    ]);
    expect(new CommandTranslator(true).translate('::debug::detail')).toEqual([
      { stream: 'stderr', text: 'debug: detail' },
    ]);
  });

  it('prints what the logger fenced with stop-commands as it is, without the fence', () => {
    const t = new CommandTranslator(false);
    t.addMask('s3cret');
    expect(t.translate('::stop-commands::f00d')).toEqual([]);
    expect(t.translate('::error title=spoofed::planted s3cret')).toEqual([
      { stream: 'stdout', text: '::error title=spoofed::planted ***' },
    ]);
    expect(t.translate('  ::f00d::')).toEqual([]);
    expect(t.translate('::error::real')).toEqual([{ stream: 'stderr', text: 'error: real' }]);
  });

  it('reads name=value and heredoc entries of GITHUB_OUTPUT', () => {
    const file = 'found=true\nbody<<ghadelimiter_1\nline 1\n\nline 3\nghadelimiter_1\nversion=v1.0.0\n';
    expect(parseOutputFile(file)).toEqual({ found: 'true', body: 'line 1\n\nline 3', version: 'v1.0.0' });
  });
});

describe('wouldWrite', () => {
  it("reads the plan's dry-run line: only a plan with effects had something to apply", () => {
    expect(wouldWrite('Dry run: 3 effect(s) planned, nothing written.')).toBe(true);
    expect(wouldWrite('Dry run: 0 effect(s) planned, nothing written.')).toBe(false);
    expect(wouldWrite('All 4 version references agree on 1.0.0.')).toBe(false);
  });
});
