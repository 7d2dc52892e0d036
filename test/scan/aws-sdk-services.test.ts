import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

// A Connect app's server on AWS, written with the v2 SDK: one package, a client per service.
const descriptor = JSON.stringify({
  key: 'release-notes', baseUrl: 'https://notes.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: {},
});
const pkg = JSON.stringify({ dependencies: { 'aws-sdk': '^2.1500.0', express: '^4.19.0' } });

const parties = (facts: Facts) => facts.thirdParties.map((t) => [t.name, t.via.map((v) => `${v.kind} ${v.evidence.file}:${v.evidence.line}`).join(', ')]);
const calls = (facts: Facts) => facts.egress.sdkCalls.map((c) => [c.vendor, c.api, `${c.evidence.file}:${c.evidence.line}`, c.carries.filter((k) => k !== 'other').join(',')]);

describe('services of the AWS SDK v2 (aws-sdk)', () => {
  it('a DynamoDB document client and an S3 client are Amazon DynamoDB and Amazon S3, not only AWS', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg,
      'server.js': [
        "const AWS = require('aws-sdk');",
        "const { S3 } = require('aws-sdk');",
        "const express = require('express');",
        'const notes = new AWS.DynamoDB.DocumentClient();',
        'const bucket = new S3();',
        'const app = express();',
        "app.post('/notes', async (req, res) => {",
        "  await notes.put({ TableName: 'notes', Item: { text: req.body.text } }).promise();",
        "  await bucket.putObject({ Bucket: 'notes', Key: req.body.id, Body: req.body.text }).promise();",
        '  res.sendStatus(204);',
        '});',
        'app.listen(3000);',
      ].join('\n'),
    });
    assert.deepEqual(parties(facts), [
      ['Amazon DynamoDB', 'import server.js:8'],
      ['Amazon S3', 'import server.js:9'],
      ['Amazon Web Services', 'dependency package.json:1, import server.js:1, import server.js:2'],
    ]);
    assert.deepEqual(calls(facts), [
      ['aws-dynamodb', 'DynamoDB.DocumentClient.put.promise', 'server.js:8', 'resolver-payload'],
      ['aws-s3', 'S3.putObject.promise', 'server.js:9', 'resolver-payload'],
    ]);
  });

  it('a client exported by a module imported through tsconfig baseUrl (`models/db`) is followed to its calls', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': pkg,
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": "src" } }',
      'src/models/db.ts': ['import AWS from "aws-sdk";', 'export const db = new AWS.DynamoDB({ apiVersion: "2012-11-05" });'].join('\n'),
      'src/routes/notes.ts': [
        'import { Router } from "express";',
        'import { db } from "models/db";',
        'export const notes = Router();',
        'notes.post("/notes", async (req, res) => {',
        '  await db.putItem({ TableName: "notes", Item: { Text: { S: req.body.text } } }).promise();',
        '  res.sendStatus(204);',
        '});',
      ].join('\n'),
    });
    assert.deepEqual(calls(facts), [['aws-dynamodb', 'DynamoDB.putItem.promise', 'src/routes/notes.ts:5', 'resolver-payload']]);
  });
});
