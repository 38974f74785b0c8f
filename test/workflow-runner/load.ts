/**
 * Workflows read with GitHub's own parser (`@actions/workflow-parser`): parseWorkflow checks the schema
 * and every expression's syntax and contexts, convertWorkflowTemplate builds the model (jobs, needs,
 * steps, `if:` conditions with their implied `success() &&`), and with a file provider it also loads
 * each called workflow one level down to check the caller's inputs and secrets against it, as GitHub
 * does before a run starts. The raw token tree is kept beside the model for what the model leaves out
 * (a step's `with:`, a job's `permissions:`, `defaults:`, `timeout-minutes:`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { parseFileReference, type FileReference } from '@actions/workflow-parser/workflows/file-reference';
import { REPOSITORY } from '../../scripts/lib.js';

export interface Workflow {
  /** The file as users see it: relative to the repository root (`.github/workflows/release.yml`). */
  file: string;
  path: string;
  text: string;
  root: MappingToken;
  template: WorkflowTemplate;
  /** A token's file name (tokens of a called workflow loaded for checking carry its file id). */
  fileName: (id: number | undefined) => string;
}

/** The workflow cannot start: each problem names file, line and what is wrong. */
export class StartupFailure extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** This project's own name in `uses:` (owner/name, compared case-insensitively). */
export const OWN_REPOSITORY = REPOSITORY;

export function isOwn(owner: string, repository: string): boolean {
  return `${owner}/${repository}`.toLowerCase() === OWN_REPOSITORY.toLowerCase();
}

/** A mapping's value by key, or undefined. */
export function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token !== undefined && isMapping(token) ? token.find(key) : undefined;
}

export class WorkflowLoader {
  private readonly cache = new Map<string, Workflow>();
  constructor(readonly root: string) {}

  /**
   * Where a reusable workflow reference points in this repository: `./<path>`, `$/<path>` (the
   * self-repository form) and `<own owner/name>/<path>@<ref>`. Another repository's workflow cannot
   * be run here; that is a startup failure naming it.
   */
  resolveReference(uses: string): string {
    let ref: FileReference;
    try {
      ref = parseFileReference(uses);
    } catch {
      throw new Error(`'${uses}' is not a reusable workflow reference`);
    }
    if ('repository' in ref && !isOwn(ref.owner, ref.repository))
      throw new Error(
        `'${uses}' is another repository's workflow: the engine runs this project's (${OWN_REPOSITORY}) and local ones only`,
      );
    const path = resolve(this.root, ref.path);
    if (!existsSync(path)) throw new Error(`'${uses}': ${ref.path} does not exist in ${this.root}`);
    return path;
  }

  private display(path: string): string {
    const rel = relative(this.root, path);
    return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  }

  /** Parse and convert a workflow file; StartupFailure listing every error GitHub's parser reports. */
  async load(path: string): Promise<Workflow> {
    const absolute = resolve(this.root, path);
    const cached = this.cache.get(absolute);
    if (cached) return cached;
    const file = this.display(absolute);
    const text = readFileSync(absolute, 'utf8');
    const texts = new Map([[file, text]]);
    const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
    // The parser turns a provider's error into "Unable to find reusable workflow"; say why.
    const refusals: string[] = [];
    const provider = {
      getFileContent: (ref: FileReference) => {
        let called: string;
        try {
          called = this.resolveReference(
            'repository' in ref
              ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}`
              : `./${ref.path}`,
          );
        } catch (error) {
          refusals.push((error as Error).message);
          throw error;
        }
        const content = readFileSync(called, 'utf8');
        texts.set(this.display(called), content);
        return Promise.resolve({ name: this.display(called), content });
      },
    };
    const template =
      parsed.value === undefined
        ? undefined
        : await convertWorkflowTemplate(parsed.context, parsed.value, provider, {
            fetchReusableWorkflowDepth: 1,
          });
    const errors = parsed.context.errors.getErrors();
    if (errors.length || template === undefined || parsed.value === undefined || !isMapping(parsed.value))
      throw new StartupFailure(
        errors.length
          ? errors.map((e) => {
              const described = describeError(e.message, e.prefix, e.range, texts);
              const why = e.rawMessage === 'Unable to find reusable workflow' ? refusals.shift() : undefined;
              return why ? `${described}: ${why}` : described;
            })
          : [`${file}: not a workflow`],
      );
    const context = parsed.context;
    const workflow: Workflow = {
      file,
      path: absolute,
      text,
      root: parsed.value,
      template,
      fileName: (id) => (id === undefined ? file : (context.getFileName(id) ?? file)),
    };
    this.cache.set(absolute, workflow);
    return workflow;
  }
}

/** `file:line:col: message`, with the text the range covers (the expression as written). */
function describeError(
  message: string,
  prefix: string | undefined,
  range: { start: { line: number; column: number }; end: { line: number; column: number } } | undefined,
  texts: Map<string, string>,
): string {
  const file = prefix?.replace(/ \(Line: .*$/, '') ?? '';
  const raw =
    prefix && message.startsWith(prefix) ? message.slice(prefix.length).replace(/^:\s*/, '') : message;
  if (!range) return file ? `${file}: ${raw}` : raw;
  const location = `${file}:${range.start.line}:${range.start.column}`;
  const line = texts.get(file)?.split('\n')[range.start.line - 1];
  const source =
    line === undefined
      ? ''
      : range.end.line === range.start.line
        ? line.slice(range.start.column - 1, range.end.column - 1)
        : line.slice(range.start.column - 1);
  return source.trim() ? `${location}: ${raw} (in: ${source.trim()})` : `${location}: ${raw}`;
}

/** The raw mapping of job `id`. */
export function rawJob(workflow: Workflow, id: string): MappingToken {
  const job = child(child(workflow.root, 'jobs'), id);
  if (!job || !isMapping(job)) throw new Error(`${workflow.file}: no job ${id}`);
  return job;
}

/** The raw mapping of a job's step number `index` (the model keeps the steps' order). */
export function rawStep(workflow: Workflow, jobId: string, index: number): MappingToken {
  const steps = child(rawJob(workflow, jobId), 'steps');
  if (!steps || !isSequence(steps)) throw new Error(`${workflow.file}: job ${jobId} has no steps`);
  let i = 0;
  for (const step of steps) {
    if (i++ === index && isMapping(step)) return step;
  }
  throw new Error(`${workflow.file}: job ${jobId} has no step ${index}`);
}

/** The `on.workflow_call` mapping of a called workflow (inputs, secrets, outputs). */
export function workflowCall(workflow: Workflow): MappingToken | undefined {
  const on = child(workflow.root, 'on');
  const call = child(on, 'workflow_call');
  return call && isMapping(call) ? call : undefined;
}

export const workflowsFolder = (root: string): string => join(root, '.github/workflows');
