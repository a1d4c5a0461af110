import { describe, expect, it } from 'vitest';
import { loadConfig } from './platform/config.ts';
import { listenNotice } from './listen-notice.ts';

describe('the listen address of a first start', () => {
  it('answers this machine only when demo data is on and HOST is unset, and says so', () => {
    const config = loadConfig({});
    expect(config.demoData).toBe(true);
    expect(config.host).toBe('127.0.0.1');
    expect(listenNotice(config)).toEqual([
      '三项制度执法平台已启动: http://127.0.0.1:3000/  管理端: /admin/  API 文档: /api/docs',
      '仅监听本机地址 127.0.0.1，其他计算机无法访问；如需对网络提供服务，请设置 HOST（例如 HOST=0.0.0.0） ' +
        '(listening on 127.0.0.1 only; set HOST to serve the network)',
    ]);
  });

  it('listens on every interface without demo data (a real server) unless HOST says otherwise', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/sx' }).host).toBe('0.0.0.0');
    expect(loadConfig({ DEMO_DATA: 'false' }).host).toBe('0.0.0.0');
    expect(loadConfig({ DEMO_DATA: 'false', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    expect(listenNotice(loadConfig({ DEMO_DATA: 'false' }))[1]).toBe(
      '监听 0.0.0.0，网络中的其他计算机可以访问 (listening on 0.0.0.0)',
    );
  });

  it('lets HOST open a demo to the network, with a warning', () => {
    const config = loadConfig({ HOST: '0.0.0.0' });
    expect(config.host).toBe('0.0.0.0');
    expect(listenNotice(config)[1]).toMatch(/^警告：演示数据已开启（演示账号密码公开），且监听 0\.0\.0\.0/);
    expect(listenNotice(loadConfig({ HOST: '::1' }))[0]).toContain('http://[::1]:3000/');
    expect(listenNotice(loadConfig({ HOST: 'localhost' }))[1]).toMatch(/^仅监听本机地址 localhost/);
  });
});
