/** Finds, with the TypeScript compiler API, every input an action's code reads through the input getters. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Problem } from './problems.js';

/** The core library's input getters (shared/src/action/inputs.ts): the only way an action reads inputs. */
export const INPUT_GETTERS = new Set([
  'getRequiredInput',
  'getOptionalInput',
  'getBooleanInput',
  'getListInput',
  'getMultilineInput',
  'getEnumInput',
]);

export interface InputRead {
  name: string;
  getter: string;
  file: string;
  line: number;
}

/** A getter call whose first argument is not a string literal (`getOptionalInput(name)`). */
export interface UnnamedRead {
  getter: string;
  argument: string;
  file: string;
  line: number;
}

export interface ReadScan {
  reads: InputRead[];
  /** Collected without `strict` (with it, each is a problem). */
  unnamed: UnnamedRead[];
  problems: Problem[];
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** `process.env.INPUT_X` or `process.env['INPUT_X']`: an input read that bypasses the getters. */
function rawEnvironmentInput(node: ts.Node): string | undefined {
  let key: string | undefined;
  let target: ts.Expression | undefined;
  if (ts.isPropertyAccessExpression(node)) {
    key = node.name.text;
    target = node.expression;
  } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    key = node.argumentExpression.text;
    target = node.expression;
  }
  if (key === undefined || target === undefined || !key.startsWith('INPUT_')) return undefined;
  return target.getText() === 'process.env' ? key : undefined;
}

/**
 * Input getter calls in `files` (root-relative). With `strict` (an action's own code) a getter whose first
 * argument is not a string literal, an import of `@actions/core`, and `process.env.INPUT_*` are problems:
 * each hides an input name from this check. Without it (the shared library, which defines the getters)
 * the other getter calls are returned as `unnamed`.
 */
export function scanInputReads(root: string, files: readonly string[], strict: boolean): ReadScan {
  const reads: InputRead[] = [];
  const unnamed: UnnamedRead[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (strict && ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        if (node.moduleSpecifier.text === '@actions/core') {
          problems.push({
            file,
            line: lineOf(node),
            message:
              'imports @actions/core; actions read inputs and write outputs through shared/src/action/',
          });
        }
      }
      const rawInput = strict ? rawEnvironmentInput(node) : undefined;
      if (rawInput !== undefined) {
        problems.push({
          file,
          line: lineOf(node),
          message: `reads process.env.${rawInput} directly; use an input getter (${[...INPUT_GETTERS].join(', ')})`,
        });
      }
      if (ts.isCallExpression(node)) {
        const getter = calleeName(node);
        if (getter !== undefined && INPUT_GETTERS.has(getter)) {
          const first = node.arguments[0];
          if (first !== undefined && ts.isStringLiteralLike(first)) {
            reads.push({ name: first.text, getter, file, line: lineOf(first) });
          } else if (strict) {
            problems.push({
              file,
              line: lineOf(node),
              message: `${getter}(${first?.getText() ?? ''}): the input name must be a string literal so it can be checked against action.yml`,
            });
          } else {
            unnamed.push({ getter, argument: first?.getText() ?? '', file, line: lineOf(node) });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { reads, unnamed, problems };
}
