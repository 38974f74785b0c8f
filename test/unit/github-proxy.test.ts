/** Which proxy a URL goes through: @actions/http-client's rules, without loading it. */
import { describe, expect, it } from '@jest/globals';
import { bypassesProxy, proxyFor } from '../../shared/src/github/proxy.js';

const at = (url: string, env: NodeJS.ProcessEnv): string | undefined => proxyFor(new URL(url), env)?.href;

describe('proxyFor', () => {
  it('takes https_proxy for https and http_proxy for http, lower case first', () => {
    const env = {
      https_proxy: 'http://lower:3128',
      HTTPS_PROXY: 'http://upper:3128',
      HTTP_PROXY: 'http://plain:8080',
    };
    expect(at('https://api.github.com/repos', env)).toBe('http://lower:3128/');
    expect(at('https://api.github.com/repos', { HTTPS_PROXY: 'http://upper:3128' })).toBe(
      'http://upper:3128/',
    );
    expect(at('http://ghes.example/api/v3', env)).toBe('http://plain:8080/');
    expect(at('https://api.github.com/repos', { HTTP_PROXY: 'http://plain:8080' })).toBeUndefined();
    expect(at('https://api.github.com/repos', {})).toBeUndefined();
  });

  it('reads a proxy without a scheme as http, and keeps its credentials', () => {
    expect(at('https://api.github.com', { https_proxy: 'proxy.corp:3128' })).toBe('http://proxy.corp:3128/');
    const proxy = proxyFor(new URL('https://api.github.com'), { https_proxy: 'http://u%40x:p%3Aw@proxy:1' });
    expect([proxy?.username, proxy?.password]).toEqual(['u%40x', 'p%3Aw']);
  });

  it('never sends a loopback host through the proxy', () => {
    const env = { http_proxy: 'http://proxy:1', https_proxy: 'http://proxy:1' };
    for (const url of ['http://localhost:8080', 'http://127.0.0.1:1', 'http://127.1.2.3', 'http://[::1]:80'])
      expect(at(url, env)).toBeUndefined();
  });
});

describe('NO_PROXY', () => {
  const bypassed = (url: string, noProxy: string): boolean =>
    bypassesProxy(new URL(url), { no_proxy: noProxy });

  it('matches a host, its subdomains, a .domain, host:port, and *', () => {
    expect(bypassed('https://api.github.com', 'github.com')).toBe(true);
    expect(bypassed('https://api.github.com', 'api.github.com')).toBe(true);
    expect(bypassed('https://api.github.com', '.github.com')).toBe(true);
    expect(bypassed('https://github.com', '.github.com')).toBe(false);
    expect(bypassed('https://notgithub.com', 'github.com')).toBe(false);
    expect(bypassed('https://ghes.corp:8443', 'ghes.corp:8443')).toBe(true);
    expect(bypassed('https://ghes.corp', 'ghes.corp:443')).toBe(true);
    expect(bypassed('https://ghes.corp', 'ghes.corp:8443')).toBe(false);
    expect(bypassed('https://anything.example', '*')).toBe(true);
    expect(bypassed('https://API.GitHub.com', ' example.com , GITHUB.COM ')).toBe(true);
  });

  it('takes no_proxy before NO_PROXY', () => {
    const env = { https_proxy: 'http://proxy:1', no_proxy: 'example.com', NO_PROXY: 'github.com' };
    expect(at('https://api.github.com', env)).toBe('http://proxy:1/');
    expect(
      at('https://api.github.com', { https_proxy: 'http://proxy:1', NO_PROXY: 'github.com' }),
    ).toBeUndefined();
  });
});
