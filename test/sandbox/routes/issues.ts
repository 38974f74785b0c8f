import type { Routes } from '../types.js';

export const issueRoutes: Routes = {};
