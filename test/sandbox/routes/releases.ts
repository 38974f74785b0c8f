import type { Routes } from '../types.js';

export const releaseRoutes: Routes = {};
