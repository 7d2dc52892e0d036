import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'angular-app', name: 'AngularJS', baseUrl: 'https://ng.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'main', url: '/index.html', name: { value: 'Main' } }] },
});

describe("AngularJS's $http service", () => {
  it('sends the requests of an injected `$http`: called with its config, or by verb; another parameter is no client', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'index.html': '<script src="js/app.js"></script>\n<script src="js/rules.js"></script>\n',
      'js/app.js': "var app = angular.module('rulesApp', []);\n",
      'js/rules.js': [
        "app.controller('RulesController', ['$scope', '$http', function ($scope, $http) {",
        '  $scope.save = function (rule) {',
        "    $http({ method: 'POST', url: 'https://api.rules.example/rules', data: { name: rule.name, owner: $scope.user.emailAddress } });",
        '  };',
        "  $http.get('https://api.rules.example/status').then(function (r) { $scope.status = r.data; });",
        "  $http.put('https://api.rules.example/rules/' + $scope.id, { enabled: true });",
        '}]);',
        'function other(http) {',
        "  http.get('https://nothing.example/x');",
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.url, c.side, `${c.evidence.file}:${c.evidence.line}`]), [
      ['$http', 'POST', 'https://api.rules.example/rules', 'frontend', 'js/rules.js:3'],
      ['$http.get', 'GET', 'https://api.rules.example/status', 'frontend', 'js/rules.js:5'],
      ['$http.put', 'PUT', 'https://api.rules.example/rules/{}', 'frontend', 'js/rules.js:6'],
    ]);
  });
});
