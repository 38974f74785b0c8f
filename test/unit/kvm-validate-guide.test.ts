/** A guide's fenced blocks as steps: Runme attributes, prompts, expected output, names and refusals. */
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../shared/src/action/index.js';
import { attributeFlag, parseAttributes } from '../../shared/src/markdown/attributes.js';
import { fencedBlocks } from '../../shared/src/markdown/fenced.js';
import { parseGuide, runmeName, splitSession } from '../../actions/kvm-validate/src/guide.js';

const fence = '```';

describe('fenced blocks', () => {
  it('finds fences where CommonMark does: in lists and quotes, not in indented code or HTML', () => {
    const md = [
      '# Title',
      '',
      `${fence}sh {"name":"a"}`,
      'echo a',
      fence,
      '',
      '    ```sh',
      '    echo indented',
      '    ```',
      '',
      '- a list item',
      '',
      `  ${fence}bash`,
      '  echo b',
      `  ${fence}`,
      '',
      '> quoted',
      `> ${fence}console`,
      '> $ echo c',
      `> ${fence}`,
      '',
      '<!--',
      `${fence}sh`,
      'echo commented',
      fence,
      '-->',
    ].join('\n');
    const blocks = fencedBlocks(md);
    expect(blocks.map((b) => [b.lang, b.value, b.line])).toEqual([
      ['sh', 'echo a', 3],
      ['bash', 'echo b', 13],
      ['console', '$ echo c', 18],
    ]);
    expect(blocks[0]!.attributes).toEqual({ name: 'a' });
  });

  it('reads attributes without a space after the language, and marks a heading between blocks', () => {
    const blocks = fencedBlocks(
      `${fence}sh{"name":"x"}\nls\n${fence}\n\n## Next\n\n${fence}text\nout\n${fence}\n`,
    );
    expect(blocks.map((b) => [b.lang, b.attributes, b.afterHeading])).toEqual([
      ['sh', { name: 'x' }, true],
      ['text', {}, true],
    ]);
  });
});

describe('Runme attributes', () => {
  it.each([
    [
      '{"name":"hello","excludeFromRunAll":"true","background":true}',
      { name: 'hello', excludeFromRunAll: 'true', background: 'true' },
    ],
    [
      '{ name=hello background=false interactive=true }',
      { name: 'hello', background: 'false', interactive: 'true' },
    ],
    ['{ name="two words" cwd=./x }', { name: 'two words', cwd: './x' }],
    ['', {}],
  ])('%s', (text, expected) => {
    expect(parseAttributes(text)).toEqual(expected);
  });

  it('refuses text that is neither form', () => {
    expect(parseAttributes('{"name": hello}')).toBeUndefined();
    expect(parseAttributes('{name}')).toBeUndefined();
    expect(parseAttributes('{"nested":{"a":1}}')).toBeUndefined();
  });

  it('reads booleans as Go strconv.ParseBool does', () => {
    expect(['1', 't', 'TRUE', 'True', 'true'].map((v) => attributeFlag({ x: v }, 'x'))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['0', 'f', 'False', 'yes'].map((v) => attributeFlag({ x: v }, 'x'))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('names and sessions', () => {
  it('generates the names Runme generates', () => {
    expect(runmeName('export KM_HOME=/opt/kontain')).toBe('export-kmhome');
    expect(runmeName('dir=$(mktemp -d)')).toBe('dir');
    expect(runmeName('# comment\ncurl -s localhost:8080')).toBe('curl-s');
    expect(runmeName('ls')).toBe('ls');
  });

  it('splits a $-prompted session into commands and the output after them', () => {
    expect(splitSession('$ echo one \\\n  two\none two\n$ false || echo x\n> echo y\nx\n')).toEqual({
      script: 'echo one \\\n  two\nfalse || echo x\necho y',
      output: 'one two\nx\n',
    });
    expect(splitSession('echo no prompt')).toBeUndefined();
  });
});

describe('parseGuide', () => {
  const guide = (...blocks: string[]): string => `# Guide\n\n${blocks.join('\n\nSome prose.\n\n')}\n`;

  it('makes every shell block a step, with its expected output from a session or the text block after it', () => {
    const steps = parseGuide(
      'G.md',
      guide(
        `${fence}bash {"name":"install","excludeFromRunAll":"true"}\nwget x | bash\n${fence}`,
        `${fence}console\n$ km hello.km\nHello, world\n...\n${fence}`,
        `${fence}sh\ncurl -s localhost:$PORT\n${fence}`,
        `${fence}text\nHello ...\n${fence}`,
        `${fence}sh {"name":"srv","background":"true","readyPort":"$PORT","timeout":"30"}\npython3 srv.py\n${fence}`,
        `${fence}sh {"ignore":"true"}\ndocker run x\n${fence}`,
        `${fence}json\n{"not":"a step"}\n${fence}`,
      ),
    );
    expect(
      steps.map((s) => ({ name: s.name, script: s.script, expected: s.expected?.text, skip: s.skip })),
    ).toEqual([
      { name: 'install', script: 'wget x | bash', expected: undefined, skip: 'excludeFromRunAll' },
      { name: 'km-hellokm', script: 'km hello.km', expected: 'Hello, world\n...', skip: undefined },
      { name: 'curl-s', script: 'curl -s localhost:$PORT', expected: 'Hello ...', skip: undefined },
      { name: 'srv', script: 'python3 srv.py', expected: undefined, skip: undefined },
      { name: 'docker-run', script: 'docker run x', expected: undefined, skip: 'ignore' },
    ]);
    expect(steps[3]).toMatchObject({ background: true, readyPort: '$PORT', timeoutSeconds: 30 });
    expect(steps.map((s) => s.index)).toEqual([1, 2, 3, 4, 5]);
  });

  it('does not take a text block after a heading as expected output, and numbers repeated names', () => {
    const steps = parseGuide(
      'G.md',
      `${fence}sh\nls\n${fence}\n\n## Output\n\n${fence}text\nx\n${fence}\n\n${fence}sh\nls\n${fence}\n`,
    );
    expect(steps.map((s) => [s.name, s.expected])).toEqual([
      ['ls', undefined],
      ['ls-2', undefined],
    ]);
  });

  it.each([
    [
      'bad attributes',
      `${fence}sh {"name": oops}\nls\n${fence}`,
      /G\.md:3: the block's attributes \{"name": oops\} are neither JSON/,
    ],
    [
      'background without a probe',
      `${fence}sh {"background":"true"}\nsrv\n${fence}`,
      /G\.md:3: a background step needs a readiness probe/,
    ],
    [
      'background with output',
      `${fence}console {"background":"true","readyPort":"80"}\n$ srv\nstarted\n${fence}`,
      /cannot have an expected output/,
    ],
    [
      'a bad port',
      `${fence}sh {"background":"true","readyPort":"http"}\nsrv\n${fence}`,
      /readyPort is "http"/,
    ],
    [
      'a bad timeout',
      `${fence}sh {"timeout":"soon"}\nls\n${fence}`,
      /timeout is "soon": expected a number of seconds/,
    ],
    [
      'two expected outputs',
      `${fence}console\n$ ls\na\n${fence}\n\n${fence}text\na\n${fence}`,
      /G\.md:8: the text block after the session at line 3 would be a second expected output/,
    ],
    ['no step', `${fence}sh {"excludeFromRunAll":"true"}\nls\n${fence}`, /G\.md has no step to run/],
  ])('refuses %s, naming the guide and line', (_what, body, message) => {
    expect(() => parseGuide('G.md', `# G\n\n${body}\n`)).toThrow(UserError);
    expect(() => parseGuide('G.md', `# G\n\n${body}\n`)).toThrow(message);
  });
});
