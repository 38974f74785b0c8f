/** Every handler, keyed by the operationId of GitHub's OpenAPI description. */
import { userRoutes } from '../auth.js';
import { rateLimitRoutes } from '../rate-limit.js';
import type { Routes } from '../types.js';
import { assetRoutes } from './assets.js';
import { contentRoutes } from './contents.js';
import { gitRoutes } from './git.js';
import { gitObjectRoutes } from './git-objects.js';
import { issueRoutes } from './issues.js';
import { pullRoutes } from './pulls.js';
import { releaseRoutes } from './releases.js';
import { repoRoutes } from './repos.js';

export const allRoutes: Routes = {
  ...rateLimitRoutes,
  ...userRoutes,
  ...gitRoutes,
  ...gitObjectRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...contentRoutes,
  ...repoRoutes,
  ...releaseRoutes,
  ...assetRoutes,
};
