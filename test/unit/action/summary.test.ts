import { describe, expect, it } from '@jest/globals';
import { JobSummary } from '../../../shared/src/action/index.js';

describe('job summary', () => {
  it('renders PR titles in cells as text, not markup', () => {
    const md = new JobSummary()
      .table(['#', 'title'], [[1, 'Fix <img src=x> | [link](http://evil) *bold* `code`']])
      .toMarkdown();
    expect(md).toBe(
      '| \\# | title |\n| --- | --- |\n| 1 | Fix &lt;img src=x&gt; \\| \\[link\\](http://evil) \\*bold\\* \\`code\\` |\n',
    );
  });

  it('facts skip empty values; details cannot be closed from inside', () => {
    const md = new JobSummary()
      .facts({ range: 'v1.0.0 … v1.1.0', skipped: undefined, empty: '' })
      .details('The section', 'text </details> more')
      .toMarkdown();
    expect(md).toBe(
      '- **range**: v1.0.0 … v1.1.0\n\n<details><summary>The section</summary>\n\ntext &lt;/details> more\n\n</details>\n',
    );
  });

  it('is empty until something is added', () => {
    expect(new JobSummary().isEmpty).toBe(true);
    expect(new JobSummary().table(['a'], []).isEmpty).toBe(true);
  });
});
