import { diffSnapshots, reachesSeverity } from '../../release/diff.ts';
import { GitError } from '../../release/git.ts';
import { renderDiffMarkdown } from '../../release/render-markdown.ts';
import { renderDiffText } from '../../release/render-text.ts';
import { resolveVersion } from '../../release/resolve.ts';
import { SnapshotError } from '../../release/snapshot.ts';
import { CHANGE_SEVERITIES, type ChangeSeverity, type ReleaseDiff } from '../../release/types.ts';
import { colors } from '../color.ts';
import { UsageError } from '../errors.ts';
import { progress } from '../progress.ts';

const RENDERERS: Record<string, (diff: ReleaseDiff) => string> = {
  text: (diff) => renderDiffText(diff, colors(process.stdout)),
  json: (diff) => `${JSON.stringify(diff, null, 2)}\n`,
  markdown: renderDiffMarkdown,
};

/**
 * `candor diff <a> <b> [--app DIR]`: the data-handling changes from a to b, each a snapshot file,
 * an app folder or a git ref of the app's repository. Exit 1 with `--fail-on` when a change is at
 * or above that severity.
 */
export async function runDiff(positionals: string[], values: Record<string, string | boolean | string[] | undefined>): Promise<number> {
  const [a, b, extra] = positionals;
  if (!a || !b || extra) throw new UsageError('diff needs two versions: candor diff <snapshot|ref|dir> <snapshot|ref|dir> [--app DIR]');
  const format = (values.format as string | undefined) ?? 'text';
  const render = RENDERERS[format];
  if (!render) throw new UsageError(`--format must be one of ${Object.keys(RENDERERS).join(', ')}`);
  const failOn = (values['fail-on'] as string | undefined) ?? 'none';
  if (failOn !== 'none' && !CHANGE_SEVERITIES.includes(failOn as ChangeSeverity)) {
    throw new UsageError(`--fail-on must be one of ${CHANGE_SEVERITIES.join(', ')}, none`);
  }
  const app = typeof values.app === 'string' ? values.app : '.';

  const bar = progress('Scanning');
  let diff: ReleaseDiff;
  try {
    const before = await resolveVersion(a, { app, onProgress: bar.update });
    const after = await resolveVersion(b, { app, onProgress: bar.update });
    diff = diffSnapshots(before, after);
  } catch (error) {
    if (error instanceof SnapshotError || error instanceof GitError) throw new UsageError(error.message);
    throw error;
  } finally {
    bar.done();
  }
  process.stdout.write(render(diff));
  return failOn !== 'none' && reachesSeverity(diff, failOn as ChangeSeverity) ? 1 : 0;
}
