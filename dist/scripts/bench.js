/**
 * `npm run bench`: figures, not assertions. Times the checker on the shared corpus and on synthetic templates of
 * growing size (VPC, subnets, route tables, groups, functions, endpoints), so that a quadratic rule shows up.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../src/engine/check.js';
function synthetic(n) {
    const res = { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16', EnableDnsSupport: true, EnableDnsHostnames: true } } };
    for (let i = 0; i < n; i++) {
        res[`Subnet${i}`] = { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/24', AvailabilityZone: { 'Fn::Select': [i % 3, { 'Fn::GetAZs': '' }] } } };
        res[`Rt${i}`] = { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } };
        res[`Assoc${i}`] = { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: `Subnet${i}` }, RouteTableId: { Ref: `Rt${i}` } } };
        res[`Sg${i}`] = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', VpcId: { Ref: 'Vpc' }, SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: { 'Fn::GetAtt': [`Sg${(i + 1) % n}`, 'GroupId'] } }] } };
        res[`Fn${i}`] = { Type: 'AWS::Lambda::Function', Properties: { Role: 'arn:aws:iam::123456789012:role/x', VpcConfig: { SubnetIds: [{ Ref: `Subnet${i}` }], SecurityGroupIds: [{ Ref: `Sg${i}` }] } } };
        res[`Ep${i}`] = { Type: 'AWS::EC2::VPCEndpoint', Properties: { VpcId: { Ref: 'Vpc' }, VpcEndpointType: 'Interface', ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.sqs' }, SecurityGroupIds: [{ Ref: `Sg${i}` }], SubnetIds: [{ Ref: `Subnet${i}` }], PrivateDnsEnabled: true } };
    }
    return { AWSTemplateFormatVersion: '2010-09-09', Resources: res };
}
async function time(label, paths) {
    const start = process.hrtime.bigint();
    const result = await check(paths);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`${label.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  ${String(result.checked.length).padStart(3)} templates  ${String(result.findings.length).padStart(6)} findings`);
}
const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');
if (existsSync(corpus))
    await time('shared corpus', [corpus]);
const dir = mkdtempSync(join(tmpdir(), 'eg-bench-'));
for (const n of [250, 500, 1000, 2000]) {
    const file = join(dir, `synthetic-${n}.json`);
    writeFileSync(file, JSON.stringify(synthetic(n)));
    await time(`synthetic, ${n * 6 + 1} resources`, [file]);
}
//# sourceMappingURL=bench.js.map