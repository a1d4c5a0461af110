// What the operator reads on the console when the server starts: where it answers, and whether the
// network can reach it. A demo (published password) on a network interface gets a warning.
import type { Config } from './platform/config.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function listenNotice(config: Pick<Config, 'host' | 'port' | 'demoData'>): string[] {
  const local = LOOPBACK.has(config.host) || config.host.startsWith('127.');
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}/`;
  const lines = [`三项制度执法平台已启动: ${url}  管理端: /admin/  API 文档: /api/docs`];
  if (local) {
    lines.push(
      `仅监听本机地址 ${config.host}，其他计算机无法访问；如需对网络提供服务，请设置 HOST（例如 HOST=0.0.0.0） ` +
        `(listening on ${config.host} only; set HOST to serve the network)`,
    );
  } else if (config.demoData) {
    lines.push(
      `警告：演示数据已开启（演示账号密码公开），且监听 ${config.host}，网络中的其他计算机可以登录；生产环境请设置 DEMO_DATA=false ` +
        `(warning: demo data with its published password is reachable from the network on ${config.host})`,
    );
  } else {
    lines.push(`监听 ${config.host}，网络中的其他计算机可以访问 (listening on ${config.host})`);
  }
  return lines;
}
