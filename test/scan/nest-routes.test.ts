import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Evidence } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/lifecycle/installed' }, modules: {} });

describe('NestJS controllers', () => {
  it('a route method\'s @Body() and @Req() hold the request; the lifecycle callback\'s body holds the shared secret', async () => {
    const controller = [
      "import { Body, Controller, Get, Post, Query, Req } from '@nestjs/common';",
      "import { TenantService } from './tenant.service';",
      "@Controller('lifecycle')",
      'export class LifecycleController {',
      '  constructor(private readonly tenants: TenantService) {}',
      "  @Post('installed')",
      '  async installed(@Body() body: { clientKey: string; sharedSecret: string }) {',
      '    await this.tenants.save(body.clientKey, body);',
      '  }',
      "  @Get('search')",
      "  search(@Query('q') q: string, @Req() req: unknown, limit = 10) {",
      "    console.log('search', q, req, limit);",
      '  }',
      '}',
    ].join('\n');
    const service = [
      "import { Injectable } from '@nestjs/common';",
      "import Redis from 'ioredis';",
      '@Injectable()',
      'export class TenantService {',
      '  private readonly redis = new Redis();',
      '  async save(clientKey: string, tenant: unknown) {',
      '    await this.redis.set(`tenant:${clientKey}`, JSON.stringify(tenant));',
      '  }',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor, 'package.json': '{"dependencies":{"@nestjs/common":"10.0.0","ioredis":"5.0.0"}}',
      'src/lifecycle.controller.ts': controller, 'src/tenant.service.ts': service,
    });
    assert.deepEqual(facts.storage.map((s) => [s.key, s.carries, at(s.evidence)]), [['tenant:{}', ['resolver-payload', 'secret'], 'src/tenant.service.ts:7']]);
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['src/lifecycle.controller.ts:12', ['resolver-payload']]]);
  });

  it("a route method's @Ip() holds the client's address", async () => {
    const controller = [
      "import { Controller, Ip, Post, Body } from '@nestjs/common';",
      "@Controller('audit')",
      'export class AuditController {',
      "  @Post('sign-in')",
      '  signIn(@Body() body: { site: string }, @Ip() ip: string, note = 1) {',
      "    console.log('sign-in', body.site, ip, note);",
      "    console.log('from', ip);",
      '  }',
      '}',
    ].join('\n');
    const { facts } = await scanFiles({ 'package.json': '{"dependencies":{"@nestjs/common":"10.0.0"}}', 'src/audit.controller.ts': controller });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['src/audit.controller.ts:6', ['ip-address', 'resolver-payload']], ['src/audit.controller.ts:7', ['ip-address']]]);
  });
});

describe('NestJS controllers of a Connect app', () => {
  const connect = (modules: object, lifecycle: object): string => JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle, modules });
  const pkg = '{"dependencies":{"@nestjs/common":"10.0.0"}}';

  it('a controller a function makes, under a path it is given, answers the lifecycle callbacks its routes end with', async () => {
    const controller = [
      "import { Body, Controller, Post } from '@nestjs/common';",
      'export function hooksController(path: string) {',
      '  @Controller(path)',
      '  class HooksController {',
      "    @Post('installed')",
      '    installed(@Body() body: any) {',
      '      console.log(JSON.stringify(body));',
      '    }',
      "    @Post('issue-created')",
      '    issueCreated(@Body() body: any) {',
      '      console.log(JSON.stringify(body));',
      '    }',
      '  }',
      '  return HooksController;',
      '}',
    ].join('\n');
    const descriptor = connect({ webhooks: [{ event: 'jira:issue_created', url: '/api/jira/issue-created' }] }, { installed: '/api/jira/installed' });
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg, 'src/hooks.controller.ts': controller });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['src/hooks.controller.ts:7', ['resolver-payload', 'secret']],
      // The webhook's body: the issue and the user who acted.
      ['src/hooks.controller.ts:11', ['account-id', 'product-content', 'resolver-payload']],
    ]);
  });

  it("a GET route serving a page of the descriptor is handed the Connect JWT in its query: @Query(), @Query('jwt'), @Req()'s url; not another field, nor another route", async () => {
    const controller = [
      "import { Controller, Get, Query, Req } from '@nestjs/common';",
      "@Controller('pages')",
      'export class PagesController {',
      "  @Get('config')",
      "  config(@Query() query: any, @Query('jwt') token: string, @Query('projectKey') projectKey: string, @Req() req: any) {",
      '    console.log(query);',
      '    console.log(token);',
      '    console.log(projectKey);',
      '    console.log(req.url);',
      '  }',
      "  @Get('health')",
      '  health(@Query() query: any) {',
      '    console.log(query);',
      '  }',
      '}',
    ].join('\n');
    const descriptor = connect({ generalPages: [{ key: 'config', name: { value: 'Config' }, url: '/pages/config?projectKey={project.key}' }] }, { installed: '/installed' });
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'package.json': pkg, 'src/pages.controller.ts': controller });
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['src/pages.controller.ts:6', ['resolver-payload', 'secret']],
      ['src/pages.controller.ts:7', ['secret']],
      ['src/pages.controller.ts:8', ['other']],
      ['src/pages.controller.ts:9', ['secret']],
      ['src/pages.controller.ts:13', ['resolver-payload']],
    ]);
  });
});
