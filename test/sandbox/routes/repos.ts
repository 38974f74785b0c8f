import type { Routes } from '../types.js';

export const repoRoutes: Routes = {};
