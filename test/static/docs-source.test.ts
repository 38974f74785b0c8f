/** actions/<name>/docs.md, which `npm run docs` merges into action-docs/<name>.md (scripts/docs-source.ts). */
import { describe, expect, it } from '@jest/globals';
import { headingAnchors, parseDocsSource } from '../../scripts/docs-source.js';

const declared = { inputs: ['tag', 'files', 'token'], outputs: ['tag', 'assets'] };

describe('docs.md', () => {
  it('splits the overview, a section per input and output, and other sections', () => {
    const source = parseDocsSource(
      [
        'The overview.',
        '',
        '## Inputs',
        '',
        'About the inputs.',
        '',
        '### `files`',
        '',
        'Globs.',
        '',
        '```sh',
        '## not a heading inside a fence',
        '```',
        '',
        '### `tag`',
        'The tag.',
        '## Outputs',
        '### `tag`',
        'The tag released.',
        '## Rolling tags',
        '',
        '### Order',
        'Draft, move, delete, publish.',
        '',
      ].join('\n'),
      'actions/a/docs.md',
      declared,
    );
    expect(source.overview).toEqual(['The overview.']);
    expect(source.inputs.intro).toEqual(['About the inputs.']);
    expect([...source.inputs.details]).toEqual([
      ['files', ['Globs.', '', '```sh', '## not a heading inside a fence', '```']],
      ['tag', ['The tag.']],
    ]);
    expect([...source.outputs.details]).toEqual([['tag', ['The tag released.']]]);
    expect(source.sections).toEqual([['## Rolling tags', '', '### Order', 'Draft, move, delete, publish.']]);
  });

  it('refuses a section for an input or output action.yml does not declare, and headings it cannot place', () => {
    const parse =
      (...lines: string[]) =>
      () =>
        parseDocsSource(lines.join('\n'), 'actions/a/docs.md', declared);
    expect(parse('## Inputs', '### `tags`', 'Renamed since.', '## Outputs', '### `files`')).toThrow(
      [
        'actions/a/docs.md:2: input "tags" is not declared in action.yml',
        'actions/a/docs.md:5: output "files" is not declared in action.yml',
      ].join('\n'),
    );
    expect(parse('# Title', '## Usage', '## Inputs', '### Token', '### `tag`', '### `tag`')).toThrow(
      [
        "actions/a/docs.md:1: no # heading here: the page's title is the action's name",
        'actions/a/docs.md:2: "## Usage" is generated from action.yml',
        "actions/a/docs.md:4: under ## inputs, a ### heading is one input's name in backticks",
        'actions/a/docs.md:6: input "tag" has two sections',
      ].join('\n'),
    );
  });

  it("gives headings GitHub's anchors, a repeated name suffixed", () => {
    const anchors = headingAnchors([
      '# create-release',
      '### `tag`',
      '```',
      '# no',
      '```',
      '### `tag`',
      '## Two runs at once',
    ]);
    expect([...anchors]).toEqual([
      [0, 'create-release'],
      [1, 'tag'],
      [5, 'tag-1'],
      [6, 'two-runs-at-once'],
    ]);
  });
});
