/** Users: `simple-user` wherever a login appears, `private-user` for the authenticated user. */
import { nodeId } from '../objects.js';
import type { RenderContext } from '../objects.js';

/** `simple-user` for a login (the user record is created on first sight). */
export function simpleUser(ctx: RenderContext, login: string): Record<string, unknown> {
  const user = ctx.state.user(login);
  const api = `${ctx.urls.api}/users/${login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Organization' ? 'O' : 'U', user.id),
    avatar_url: `${ctx.urls.server}/avatars/u/${user.id}`,
    gravatar_id: '',
    url: api,
    html_url: `${ctx.urls.server}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** `private-user` for the authenticated user (users/get-authenticated). */
export function privateUser(ctx: RenderContext, login: string): Record<string, unknown> {
  const created = '2020-01-01T00:00:00Z';
  return {
    ...simpleUser(ctx, login),
    user_view_type: 'private',
    name: login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: [...ctx.state.repos.values()].filter((r) => r.owner === login && !r.private).length,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: created,
    updated_at: created,
    private_gists: 0,
    total_private_repos: [...ctx.state.repos.values()].filter((r) => r.owner === login && r.private).length,
    owned_private_repos: [...ctx.state.repos.values()].filter((r) => r.owner === login && r.private).length,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}
